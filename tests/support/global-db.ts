import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/server/db/client";
import { startEmbeddedDb } from "@/lib/server/db/embedded";
import { migrate } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/seed/apply";
import { runAdmin, withDatabase } from "./scratch-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string | null;
  }
}

/**
 * One migrated, seeded (with demo figures) database for the run: a fresh database on the
 * DATABASE_URL server when it is set, else an in-memory embedded PostgreSQL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL ?? null;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const name = `siping_test_${randomBytes(6).toString("hex")}`;
    await runAdmin(serverUrl, `CREATE DATABASE "${name}"`);
    url = withDatabase(serverUrl, name);
    teardown = () => runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const embedded = await startEmbeddedDb();
    url = embedded.url;
    teardown = embedded.stop;
  }
  await migrate(url);
  const db = createDb(url);
  try {
    await seedDatabase(db, { demo: true });
  } finally {
    await db.$disconnect();
  }
  project.provide("databaseUrl", url);
  project.provide("serverUrl", serverUrl);
  return teardown;
}
