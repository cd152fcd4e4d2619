import path from "node:path";
import { seedDatabase, type TSeedSummary } from "../../../seed/apply";
import { DEFAULT_DEMO_PASSWORD, buildSeedUsers } from "../../../seed/users";
import { REPORT } from "../../../seed/report";
import { createDb } from "../db/client";
import { startEmbeddedDb, type TEmbeddedDb } from "../db/embedded";
import { migrate, type TMigrateReport } from "../db/migrate";
import { describeDatabaseServer } from "../ops/failures";

export interface TBooted {
  url: string;
  embedded: TEmbeddedDb | null;
  migrations: TMigrateReport;
  seed: TSeedSummary;
  demo: boolean;
  customPassword: boolean;
}

export interface TBootOptions {
  /** An external PostgreSQL; undefined runs the embedded one. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** SEED_DEMO: "true" or "false"; undefined means demo data on the embedded database only. */
  seedDemo?: "true" | "false";
  password?: string;
}

/** Demo figures go into the embedded database by default, into DATABASE_URL only when asked. */
export function shouldLoadDemo(options: { isEmbedded: boolean; seedDemo?: "true" | "false" }): boolean {
  return options.seedDemo ? options.seedDemo === "true" : options.isEmbedded;
}

/**
 * Brings a database to the state the app expects: the embedded one (on disk under dataDir)
 * when no URL is given, migrated and seeded.
 */
export async function bootDatabase(options: TBootOptions): Promise<TBooted> {
  const embedded = options.databaseUrl ? null : await startEmbeddedDb(path.resolve(options.dataDir, "pglite"));
  const url = options.databaseUrl ?? embedded!.url;
  try {
    const migrations = await migrate(url);
    const demo = shouldLoadDemo({ isEmbedded: embedded !== null, seedDemo: options.seedDemo });
    const db = createDb(url);
    try {
      // Demo logins, with their shared password, exist only on the embedded demo database.
      const demoLoginPassword = embedded && demo ? (options.password ?? DEFAULT_DEMO_PASSWORD) : undefined;
      const seed = await seedDatabase(db, { demo, demoLoginPassword });
      return { url, embedded, migrations, seed, demo, customPassword: options.password !== undefined };
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export function describeBoot(booted: TBooted): string[] {
  const lines = [
    booted.embedded
      ? `Database: embedded PostgreSQL (PGlite) on a Unix socket in ${booted.embedded.socketDir} (this OS user only)`
      : `Database: DATABASE_URL, the server at ${describeDatabaseServer(booted.url)}`,
    `Migrations: ${booted.migrations.applied.length} applied, ${booted.migrations.alreadyApplied.length} already in place`,
    booted.seed.skipped ? "Seed: already loaded, nothing changed" : `Seed: ${JSON.stringify(booted.seed.counts)}`,
    `Demo figures (演示数据): ${booted.demo ? "loaded" : "not loaded"}`,
  ];
  if (!booted.embedded || !booted.demo) {
    return [...lines, "", "Logins: none are created here; add one with `npm run cli -- user create --login <login> --role admin`."];
  }
  return [
    ...lines,
    "",
    `Demo logins (password ${booted.customPassword ? "from SEED_PASSWORD" : `"${DEFAULT_DEMO_PASSWORD}"`} unless changed since):`,
    ...buildSeedUsers(REPORT.departments).map((u) => `  ${u.login.padEnd(30)} ${u.displayName}`),
  ];
}
