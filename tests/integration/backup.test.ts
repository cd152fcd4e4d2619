import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/lib/server/db/embedded";
import { migrate } from "@/lib/server/db/migrate";
import { backupDatabase } from "@/lib/server/ops/backup";
import { restoreDatabase, RestoreRefused } from "@/lib/server/ops/restore";
import { quoteIdent, readTables } from "@/lib/server/ops/schema-catalog";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const dropLater: TScratchDb[] = [];
let dir: string;
/** The run's database (seeded with the demo figures) as of the start of this file. */
let seededBackup: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "siping-backup-"));
  seededBackup = path.join(dir, "seeded.jsonl");
  await backupDatabase(process.env.DATABASE_URL!, seededBackup);
});

afterAll(async () => {
  await Promise.all(dropLater.map((db) => db.drop()));
  await rm(dir, { recursive: true, force: true });
});

type TKind = "embedded" | "postgres";
const serverUrl = process.env.TEST_SERVER_URL;
const runKind: TKind = serverUrl ? "postgres" : "embedded";

async function scratch(kind: TKind, { migrated = true } = {}): Promise<string> {
  const db: TScratchDb =
    kind === "embedded" ? await startEmbeddedDb().then((e) => ({ url: e.url, drop: e.stop })) : await createScratchDatabase();
  dropLater.push(db);
  if (migrated) await migrate(db.url);
  return db.url;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Values that lose digits, precision or their JSON null on a careless way through. */
async function addAwkwardValues(url: string): Promise<void> {
  await sql(
    url,
    `UPDATE targets SET schedule_profile = '{0.000001,0.083333,0.083333,0.25,0.333333,0.5,0.5,0.666667,0.75,0.833333,0.999999,1.000000}'
     WHERE id = (SELECT min(id) FROM targets WHERE schedule_profile IS NOT NULL)`,
  );
  await sql(
    url,
    `UPDATE figures SET value = 99999999999999.999999, published_value = -0.000001, updated_at = '2020-03-01 12:34:56.789+08'
     WHERE id = (SELECT min(id) FROM figures)`,
  );
  await sql(
    url,
    `INSERT INTO audit_log (id, actor_label, action, entity_type, entity_id, reason, before, after, created_at) VALUES
       (9007199254740993, 'backup-test', 'probe', 'probe', '1', 'r', NULL, 'null'::jsonb, '2020-02-29 23:59:59.999+00'),
       (9007199254740995, 'backup-test', 'probe', 'probe', '2', 'r',
        '{"big": 123456789012345678901234567890.123456789, "text": "引\\"号\\\\n", "list": [1, null, {"x": []}]}',
        '"just a string"', '2020-12-31 23:59:59.001-05')`,
  );
}

/** Every table's rows in PostgreSQL's record text form (not the backup's JSON form), in key order. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const result: Record<string, string[]> = {};
    for (const table of await readTables(client)) {
      const order = table.primaryKey.map(quoteIdent).join(", ");
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${quoteIdent(table.name)} t ORDER BY ${order}`);
      result[table.name] = rows.map((r) => r.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

async function expectRoundTrip(from: TKind, to: TKind): Promise<void> {
  const source = await scratch(from);
  await restoreDatabase(source, seededBackup);
  await addAwkwardValues(source);
  const file = path.join(dir, `${from}-to-${to}.jsonl`);
  const written = await backupDatabase(source, file);
  const target = await scratch(to);
  const read = await restoreDatabase(target, file);
  expect(read).toEqual(written);

  const [before, after] = [await contents(source), await contents(target)];
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  expect(before.figures!.length).toBeGreaterThan(0);
  expect(before.audit_log!.some((row) => row.includes("9007199254740995"))).toBe(true);

  // New rows get ids past every restored one.
  const [sequence] = await sql<{ last_value: string }>(target, `SELECT last_value::text FROM pg_sequences WHERE sequencename = 'audit_log_id_seq'`);
  expect(sequence!.last_value).toBe("9007199254740995");
}

describe("backup and restore", () => {
  it(`round-trips every table exactly (${runKind} to ${runKind})`, () => expectRoundTrip(runKind, runKind), 240_000);

  it.runIf(serverUrl)("round-trips from the embedded database to PostgreSQL and back", async () => {
    await expectRoundTrip("embedded", "postgres");
    await expectRoundTrip("postgres", "embedded");
  }, 480_000);

  it("refuses a database that already holds rows, and leaves it as it was", async () => {
    const target = await scratch(runKind);
    await restoreDatabase(target, seededBackup);
    const before = await contents(target);
    await expect(restoreDatabase(target, seededBackup)).rejects.toThrow(/^This database already holds data \(in .*\): restore only into a new, migrated, empty database/);
    expect(await contents(target)).toEqual(before);
  }, 240_000);

  it("refuses a database that is not migrated, or at another migration level", async () => {
    const bare = await scratch(runKind, { migrated: false });
    await expect(restoreDatabase(bare, seededBackup)).rejects.toThrow(/^This database is not migrated/);

    const olderDir = path.join(dir, "older-migrations");
    const [first] = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    await cp(path.join(MIGRATIONS, first!), path.join(olderDir, first!), { recursive: true });
    const older = await scratch(runKind, { migrated: false });
    await migrate(older, olderDir);
    await expect(restoreDatabase(older, seededBackup)).rejects.toThrow(
      new RestoreRefused(`The backup was made at migration ${(await readMigrationNames()).at(-1)} but this database is at ${first}: restore with the application version that made the backup.`),
    );
  }, 240_000);

  it("refuses a damaged file and keeps nothing of it", async () => {
    const lines = (await readFile(seededBackup, "utf8")).split("\n");
    const row = lines.findIndex((line, i) => i > 0 && line.includes('"sort_order":1'));
    lines[row] = lines[row]!.replace('"sort_order":1', '"sort_order":2');
    const damaged = path.join(dir, "damaged.jsonl");
    await writeFile(damaged, lines.join("\n"));
    const target = await scratch(runKind);
    await expect(restoreDatabase(target, damaged)).rejects.toThrow(/does not match its own checksum/);
    const counts = await contents(target);
    expect(Object.values(counts).flat()).toEqual([]);
  }, 240_000);

  it("leaves an existing file untouched, and no temporary file, when a backup fails", async () => {
    const file = path.join(dir, "kept.jsonl");
    await writeFile(file, "the previous backup\n");
    const bare = await scratch(runKind, { migrated: false });
    await expect(backupDatabase(bare, file)).rejects.toThrow(/no migration history/);
    expect(await readFile(file, "utf8")).toBe("the previous backup\n");
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 240_000);
});

async function readMigrationNames(): Promise<string[]> {
  return (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
