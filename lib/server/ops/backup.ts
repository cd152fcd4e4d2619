import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { quoteIdent, readMigrationLevel, readSequences, readTables, type TSequenceInfo, type TTableInfo } from "./schema-catalog";

/**
 * A logical backup, the same on PGlite and PostgreSQL: JSON Lines, a header, then every row of
 * every application table as PostgreSQL's own row_to_json text (never parsed in JavaScript, so
 * numeric, bigint, timestamps and arrays keep every digit), then a trailer with the SHA-256 of
 * everything before it.
 */

export const BACKUP_FORMAT = "siping-targets-backup";
export const BACKUP_VERSION = 1;

export interface TBackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: { name: string; columns: string[]; jsonColumns: string[]; rows: number }[];
  sequences: TSequenceInfo[];
}

export interface TBackupSummary {
  tables: number;
  rows: number;
}

const FETCH_ROWS = 1000;

/** Wraps json columns in a one-element array, so a JSON null stays apart from SQL NULL. */
export function selectRowsAsJson(table: Pick<TTableInfo, "name" | "columns" | "jsonColumns" | "primaryKey">): string {
  const columns = table.columns.map((c) =>
    table.jsonColumns.includes(c) ? `CASE WHEN ${quoteIdent(c)} IS NULL THEN NULL ELSE jsonb_build_array(${quoteIdent(c)}) END AS ${quoteIdent(c)}` : quoteIdent(c),
  );
  const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(", ")}` : "";
  return `SELECT row_to_json(r)::text AS row FROM (SELECT ${columns.join(", ")} FROM ${quoteIdent(table.name)}${order}) r`;
}

/**
 * Writes the whole database, as of one instant (a repeatable-read, read-only transaction), to
 * `file` through a temporary file renamed at the end: a failed backup never leaves a partial one.
 */
export async function backupDatabase(connectionString: string, file: string): Promise<TBackupSummary> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const out = createWriteStream(temp, { mode: 0o600 });
  const hash = createHash("sha256");
  const write = async (line: string) => {
    hash.update(`${line}\n`);
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query("SET LOCAL TimeZone = 'UTC'");
    const migrations = await readMigrationLevel(client);
    if (!migrations) throw new Error("This database has no migration history (_prisma_migrations): it is not this application's database.");
    const tables = await readTables(client);
    const counted: TBackupHeader["tables"] = [];
    for (const t of tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${quoteIdent(t.name)}`);
      counted.push({ name: t.name, columns: t.columns, jsonColumns: t.jsonColumns, rows: Number(rows[0]!.count) });
    }
    const header: TBackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables: counted,
      sequences: await readSequences(client, tables),
    };
    await write(JSON.stringify(header));
    let total = 0;
    for (const table of tables) {
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR ${selectRowsAsJson(table)}`);
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM dump`);
        for (const { row } of rows) await write(row);
        total += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query("CLOSE dump");
    }
    await client.query("COMMIT");
    out.end(`${JSON.stringify({ end: true, rows: total, sha256: hash.digest("hex") })}\n`);
    await finished(out);
    // On disk before it takes the final name: a crash leaves the old file or the whole new one.
    const written = await open(temp, "r+");
    await written.sync().finally(() => written.close());
    await rename(temp, target);
    return { tables: tables.length, rows: total };
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
