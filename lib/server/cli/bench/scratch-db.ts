import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { bootDatabase } from "../boot";
import { startReadyChild } from "./child";
import type { Cleanups } from "./cleanup";

export interface TBenchDatabase {
  url: string;
  /** The app's pool: one connection on the embedded database (one PGlite session), as npm start sets it. */
  poolSize: number;
  description: string;
}

export async function runAdmin(serverUrl: string, sql: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const result = await client.query<Record<string, string>>(sql);
    return result.rows[0] ? Object.values(result.rows[0])[0] : undefined;
  } finally {
    await client.end();
  }
}

/**
 * A fresh database seeded with the demo figures, removed by `cleanups`: a scratch database on
 * `serverUrl` (DATABASE_URL) when given, else the embedded one in a process of its own.
 */
export async function bootBenchDatabase(serverUrl: string | undefined, cleanups: Cleanups): Promise<TBenchDatabase> {
  if (!serverUrl) {
    const child = await startReadyChild<{ url: string }>("embedded-db-main.ts", [], 300_000);
    cleanups.add(child.stop);
    return { url: child.ready.url, poolSize: 1, description: "embedded PostgreSQL (PGlite, on disk in a temporary folder, its own process as npm start runs it; app pool of 1)" };
  }
  const name = `siping_bench_public_${randomBytes(4).toString("hex")}`;
  await runAdmin(serverUrl, `CREATE DATABASE "${name}"`);
  cleanups.add(() => runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await bootDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir(), seedDemo: "true" });
  const version = await runAdmin(url.toString(), "SHOW server_version");
  return { url: url.toString(), poolSize: 5, description: `PostgreSQL ${version} at ${url.host} (scratch database ${name}; app pool of 5)` };
}
