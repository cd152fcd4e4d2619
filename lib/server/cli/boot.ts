import path from "node:path";
import { seedDatabase, type TSeedSummary } from "../../../seed/apply";
import { DEFAULT_DEMO_PASSWORD, buildSeedUsers } from "../../../seed/users";
import { REPORT } from "../../../seed/report";
import { disconnectDb, getDb } from "../db/client";
import { startEmbeddedDb, type TEmbeddedDb } from "../db/embedded";
import { migrate, type TMigrateReport } from "../db/migrate";
import { getEnv } from "../env";

export interface TBooted {
  url: string;
  embedded: TEmbeddedDb | null;
  migrations: TMigrateReport;
  seed: TSeedSummary;
  demo: boolean;
}

/**
 * Brings a database to the state the app expects: the embedded one (on disk under DATA_DIR)
 * when DATABASE_URL is unset, migrated and seeded. Demo figures go into the embedded
 * database by default and into a DATABASE_URL database only with SEED_DEMO=true.
 */
export async function bootDatabase(): Promise<TBooted> {
  const env = getEnv();
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDb(path.resolve(env.DATA_DIR, "pglite"));
  const url = env.DATABASE_URL ?? embedded!.url;
  try {
    const migrations = await migrate(url);
    process.env.DATABASE_URL = url;
    const demo = env.SEED_DEMO ? env.SEED_DEMO === "true" : embedded !== null;
    const seed = await seedDatabase(getDb(), { demo, password: process.env.SEED_PASSWORD });
    await disconnectDb();
    return { url, embedded, migrations, seed, demo };
  } catch (error) {
    await disconnectDb();
    await embedded?.stop();
    throw error;
  }
}

export function describeBoot(booted: TBooted): string[] {
  const lines = [
    booted.embedded ? `Database: embedded PostgreSQL (PGlite) at ${booted.url}, files in ${path.resolve(getEnv().DATA_DIR, "pglite")}` : "Database: DATABASE_URL",
    `Migrations: ${booted.migrations.applied.length} applied, ${booted.migrations.alreadyApplied.length} already in place`,
    booted.seed.skipped ? "Seed: already loaded, nothing changed" : `Seed: ${JSON.stringify(booted.seed.counts)}`,
    `Demo figures (演示数据): ${booted.demo ? "loaded" : "not loaded"}`,
    "",
    `Demo logins (password "${process.env.SEED_PASSWORD ? "<SEED_PASSWORD>" : DEFAULT_DEMO_PASSWORD}" unless changed since):`,
    ...buildSeedUsers(REPORT.departments).map((u) => `  ${u.login.padEnd(28)} ${u.displayName}`),
  ];
  return lines;
}
