import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";
import { findSchemaDrift } from "../support/schema-drift";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const scratch: TScratchDb[] = [];
async function freshDb(): Promise<string> {
  const db = await createScratchDatabase();
  scratch.push(db);
  return db.url;
}

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((db) => db.drop()));
});

describe("migration runner", () => {
  it("applies every migration once and records it as Prisma does", async () => {
    const url = await freshDb();
    const files = await readMigrations();
    const first = await migrate(url);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1 && r.rolled_back_at === null)).toBe(true);

    const second = await migrate(url);
    expect(second).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) });
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await freshDb();
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS, dir, { recursive: true });
    await migrate(url, dir);
    const [first] = await readMigrations(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(migrate(url, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const url = await freshDb();
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS, dir, { recursive: true });
    const broken = path.join(dir, "29991231000000_broken");
    cpSync(path.join(MIGRATIONS, (await readMigrations())[0]!.name), broken, { recursive: true });
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);
    await expect(migrate(url, dir)).rejects.toThrow(/29991231000000_broken failed/);
    const tables = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables[0]!.n).toBe(0);
    const recorded = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`);
    expect(recorded[0]!.n).toBe(0);
  });
});

describe("schema.prisma and the migrated database", () => {
  it("agree on tables, columns, types, enums, indexes and foreign keys", async () => {
    const url = await freshDb();
    await migrate(url);
    expect(await findSchemaDrift(url)).toEqual([]);
  });

  it("disagree as soon as the database changes behind the schema's back", async () => {
    const url = await freshDb();
    await migrate(url);
    await query(url, `ALTER TABLE "figures" ADD COLUMN "extra" TEXT; ALTER TABLE "targets" ALTER COLUMN "source_quote" DROP NOT NULL; DROP INDEX "results_year_idx"`);
    const drift = await findSchemaDrift(url);
    expect(drift).toContain("column in the database but not in schema.prisma: figures.extra text NULL");
    expect(drift).toContain("column in schema.prisma but not in the database: targets.source_quote text NOT NULL");
    expect(drift).toContain("index in schema.prisma but not in the database: results(year) index");
  });
});

describe("append-only tables", () => {
  it("refuse to update, delete or truncate audit entries and figure history, but for demo rows", async () => {
    const url = await freshDb();
    await migrate(url);
    await query(url, `INSERT INTO "audit_log" (action, entity_type, entity_id, reason, actor_label) VALUES ('test', 'x', '1', 'why', 'test')`);
    await expect(query(url, `UPDATE "audit_log" SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "audit_log"`)).rejects.toThrow(/append-only/);
    const rows = await query<{ reason: string }>(url, `SELECT reason FROM "audit_log"`);
    expect(rows).toEqual([{ reason: "why" }]);

    await expect(query(url, `TRUNCATE "audit_log"`)).rejects.toThrow(/cannot be truncated/);

    // Real figures keep their rows and history; demo rows may be removed (`demo remove`).
    await query(url, `INSERT INTO "sections" (code, year, name_zh, name_en, sort_order) VALUES ('s', 2020, 's', 's', 1)`);
    await query(url, `INSERT INTO "departments" (code, name_zh, name_en, sort_order) VALUES ('d', 'd', 'd', 1)`);
    await query(url, `INSERT INTO "indicators" (code, name_zh, name_en, kind, unit, direction, sort_order)
      VALUES ('i', 'i', 'i', 'cumulative', '个', 'higher_is_better', 1)`);
    for (const [month, isDemo] of [[1, false], [2, true]] as const) {
      const [figure] = await query<{ id: number }>(url, `INSERT INTO "figures" (indicator_id, year, month, value, is_demo) VALUES (1, 2020, ${month}, 1, ${isDemo}) RETURNING id`);
      await query(url, `INSERT INTO "figure_revisions" (figure_id, version, value, status, is_demo) VALUES (${figure!.id}, 1, 1, 'draft', ${isDemo})`);
      await query(url, `INSERT INTO "figure_publications" (figure_id, version, value, is_revision, is_demo) VALUES (${figure!.id}, 1, 1, false, ${isDemo})`);
    }
    for (const table of ["figure_revisions", "figure_publications"]) {
      await expect(query(url, `UPDATE "${table}" SET value = 0`)).rejects.toThrow(/append-only/);
      await expect(query(url, `DELETE FROM "${table}" WHERE NOT is_demo`)).rejects.toThrow(/append-only/);
      await expect(query(url, `TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/cannot be truncated/);
      await query(url, `DELETE FROM "${table}" WHERE is_demo`);
    }
    await expect(query(url, `DELETE FROM "figures" WHERE NOT is_demo`)).rejects.toThrow(/never deleted/);
    await query(url, `DELETE FROM "figures" WHERE is_demo`);
    expect(await query(url, `SELECT month FROM "figures"`)).toEqual([{ month: 1 }]);
  });
});
