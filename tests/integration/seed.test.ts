import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { bootDatabase, shouldLoadDemo } from "@/lib/server/cli/boot";
import { createDb } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/seed/apply";
import { REPORT } from "@/seed/report";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

const TABLES = ["sections", "departments", "results", "indicators", "targets", "target_units", "tasks", "task_milestones", "users", "figures", "figure_revisions", "audit_log"];

/** Every row of every table, as JSON text, so two states of a database compare exactly. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ data: string | null }>(`SELECT json_agg(t ORDER BY t.id)::text AS data FROM "${table}" t`);
      out[table] = rows[0]?.data ?? "[]";
    }
    return out;
  } finally {
    await client.end();
  }
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const scratch: TScratchDb[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((db) => db.drop()));
});

/** Runs `fn` with a Prisma client of its own for `url`. */
async function withDb<T>(url: string, fn: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(url);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

async function migratedDb(): Promise<string> {
  const db = await createScratchDatabase();
  scratch.push(db);
  await migrate(db.url);
  return db.url;
}

/** A scratch database, migrations and one or two full seeds: slow on the embedded database under a full run. */
const SEEDING_TIMEOUT = 120_000;

describe("seeding", () => {
  it("loads the report and gives the same database when run twice", async () => {
    const url = await migratedDb();
    await withDb(url, async (db) => {
      const first = await seedDatabase(db, { demo: false });
      expect(first.skipped).toBe(false);
      expect(first.counts).toMatchObject({ results: REPORT.results.length, indicators: REPORT.indicators.length, tasks: 10, demoFigures: 0 });
      const before = await snapshot(url);
      const second = await seedDatabase(db, { demo: false });
      expect(second.skipped).toBe(true);
      expect(await snapshot(url)).toEqual(before);
      expect(await count(url, `SELECT count(*)::int AS n FROM figures`)).toBe(0);
      expect(await count(url, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'seed.apply'`)).toBe(1);
    });
  }, SEEDING_TIMEOUT);

  it("adds demo figures when asked, once, and labels them as demo", async () => {
    const url = await migratedDb();
    await withDb(url, async (db) => {
      await seedDatabase(db, { demo: false });
      const withDemo = await seedDatabase(db, { demo: true });
      expect(withDemo.counts.demoFigures).toBeGreaterThan(300);
      const before = await snapshot(url);
      expect((await seedDatabase(db, { demo: true })).skipped).toBe(true);
      expect(await snapshot(url)).toEqual(before);
      expect(await count(url, `SELECT count(*)::int AS n FROM figures WHERE NOT is_demo`)).toBe(0);
      expect(await count(url, `SELECT count(*)::int AS n FROM figures f WHERE NOT EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure_id = f.id AND r.version = f.version)`)).toBe(0);
    });
  }, SEEDING_TIMEOUT);

  it("keeps a lead bureau an admin reassigned when the report data is reloaded", async () => {
    const url = await migratedDb();
    await withDb(url, async (db) => {
      await seedDatabase(db, { demo: false });
      const forestry = await db.department.findUniqueOrThrow({ where: { code: "forestry" } });
      const pm25Target = { year: 2020, indicator: { code: "pm25-mean" } };
      await db.target.updateMany({ where: pm25Target, data: { departmentId: forestry.id } });
      await seedDatabase(db, { demo: true });
      const pm25 = await db.target.findFirstOrThrow({ where: pm25Target, select: { departmentId: true } });
      expect(pm25.departmentId).toBe(forestry.id);
    });
  }, SEEDING_TIMEOUT);
});

describe("boot", () => {
  it("never puts demo figures into a DATABASE_URL database unless asked", async () => {
    expect(shouldLoadDemo({ isEmbedded: true })).toBe(true);
    expect(shouldLoadDemo({ isEmbedded: true, seedDemo: "false" })).toBe(false);
    expect(shouldLoadDemo({ isEmbedded: false })).toBe(false);
    expect(shouldLoadDemo({ isEmbedded: false, seedDemo: "true" })).toBe(true);

    const target = await createScratchDatabase();
    scratch.push(target);
    const booted = await bootDatabase({ databaseUrl: target.url, dataDir: "unused" });
    expect(booted.embedded).toBeNull();
    expect(booted.demo).toBe(false);
    expect(booted.migrations.applied.length).toBeGreaterThan(0);
    expect(await count(target.url, `SELECT count(*)::int AS n FROM figures`)).toBe(0);
    // No default credentials outside the embedded demo: a DATABASE_URL database has no login at all.
    expect(await count(target.url, `SELECT count(*)::int AS n FROM users`)).toBe(0);
    expect(await count(target.url, `SELECT count(*)::int AS n FROM accounts`)).toBe(0);

    const again = await bootDatabase({ databaseUrl: target.url, dataDir: "unused" });
    expect(again.migrations.applied).toEqual([]);
    expect(again.seed.skipped).toBe(true);
  });
});
