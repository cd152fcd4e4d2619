import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "@/lib/server/db/embedded";

export interface TScratchDb {
  url: string;
  drop: () => Promise<void>;
}

/** Points a PostgreSQL URL at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A new, empty database for one test: on the real server when tests run against DATABASE_URL
 * (TEST_SERVER_URL is then set by the global setup), else a fresh in-memory PGlite.
 */
export async function createScratchDatabase(): Promise<TScratchDb> {
  const serverUrl = process.env.TEST_SERVER_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDb();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `siping_scratch_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function runAdmin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
