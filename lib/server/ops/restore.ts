import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import readline from "node:readline";
import pg from "pg";
import { BACKUP_FORMAT, BACKUP_VERSION, type TBackupHeader, type TBackupSummary } from "./backup";
import { quoteIdent, readMigrationLevel, readTables, type TTableInfo } from "./schema-catalog";

/** A restore refused before anything was written, with the reason in one sentence. */
export class RestoreRefused extends Error {
  readonly code = "RESTORE_REFUSED";
}

const INSERT_ROWS = 500;

function parseHeader(line: string | undefined, file: string): TBackupHeader {
  let header: Partial<TBackupHeader> | null = null;
  try {
    header = JSON.parse(line ?? "") as Partial<TBackupHeader>;
  } catch {
    // Reported below with the same sentence as a header of another format.
  }
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a backup made by \`npm run cli -- backup\`.`);
  if (header.version !== BACKUP_VERSION) throw new RestoreRefused(`${file} is a backup of format version ${header.version}, but this version reads only ${BACKUP_VERSION}.`);
  return header as TBackupHeader;
}

function parseTrailer(line: string | undefined): { end?: boolean; rows?: number; sha256?: string } | null {
  try {
    return JSON.parse(line ?? "null") as { end?: boolean; rows?: number; sha256?: string } | null;
  } catch {
    return null;
  }
}

function describeLevel(migrations: { name: string }[]): string {
  return migrations.at(-1)?.name ?? "no migration";
}

/** The database must have this application's schema at exactly the backup's migration level, and no rows. */
async function assertRestorable(client: pg.ClientBase, header: TBackupHeader, tables: TTableInfo[]): Promise<void> {
  const level = await readMigrationLevel(client);
  if (!level) throw new RestoreRefused("This database is not migrated: run `npm run db:migrate` on it first (the embedded database migrates itself).");
  const same = level.length === header.migrations.length && level.every((m, i) => m.name === header.migrations[i]!.name && m.checksum === header.migrations[i]!.checksum);
  if (!same) {
    throw new RestoreRefused(
      `The backup was made at migration ${describeLevel(header.migrations)} but this database is at ${describeLevel(level)}: restore with the application version that made the backup.`,
    );
  }
  const columnsOf = new Map(tables.map((t) => [t.name, t.columns.join(",")]));
  const mismatch = header.tables.find((t) => columnsOf.get(t.name) !== t.columns.join(","));
  if (mismatch || header.tables.length !== tables.length) {
    throw new RestoreRefused(`The tables of this database differ from the backup's (${mismatch?.name ?? "a table is missing"}) although the migrations match: check the schema by hand.`);
  }
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS filled`);
    if (rows[0]!.filled) filled.push(table.name);
  }
  if (filled.length) {
    throw new RestoreRefused(
      `This database already holds data (in ${filled.slice(0, 3).join(", ")}${filled.length > 3 ? ", …" : ""}): restore only into a new, migrated, empty database (for the embedded one, a new DATA_DIR).`,
    );
  }
}

function insertRows(table: TTableInfo): string {
  const columns = table.columns.map(quoteIdent);
  // Backups wrap json values in a one-element array (see selectRowsAsJson); `-> 0` unwraps them.
  const values = table.columns.map((c) => (table.jsonColumns.includes(c) ? `(${quoteIdent(c)} -> 0)` : quoteIdent(c)));
  const overriding = table.hasAlwaysIdentity ? " OVERRIDING SYSTEM VALUE" : "";
  return `INSERT INTO ${quoteIdent(table.name)} (${columns.join(", ")})${overriding}
    SELECT ${values.join(", ")} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`;
}

/** Sets each sequence past both its position in the backup and the highest restored value. */
async function restoreSequences(client: pg.ClientBase, header: TBackupHeader): Promise<void> {
  for (const seq of header.sequences) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), v, true)
       FROM (SELECT GREATEST($3::bigint, max(${quoteIdent(seq.column)})::bigint) AS v FROM ${quoteIdent(seq.table)}) s
       WHERE v IS NOT NULL`,
      [`public.${quoteIdent(seq.table)}`, seq.column, seq.lastValue],
    );
  }
}

/**
 * Loads a backup into a migrated, empty database at the same migration level, in one
 * transaction: on any failure (a refusal, a damaged file, a constraint) nothing is kept.
 */
export async function restoreDatabase(connectionString: string, file: string): Promise<TBackupSummary> {
  await access(file).catch(() => {
    throw new RestoreRefused(`There is no file ${file} to restore.`);
  });
  const lines = readline.createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const hash = createHash("sha256");
  const next = async (): Promise<string | undefined> => {
    const { value, done } = await lines.next();
    return done ? undefined : (value as string);
  };
  const headerLine = await next();
  const header = parseHeader(headerLine, file);
  hash.update(`${headerLine}\n`);

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    const tables = await readTables(client);
    // Nobody writes between the emptiness check and the commit.
    if (tables.length) await client.query(`LOCK TABLE ${tables.map((t) => quoteIdent(t.name)).join(", ")} IN EXCLUSIVE MODE`);
    await assertRestorable(client, header, tables);
    const byName = new Map(tables.map((t) => [t.name, t]));
    let total = 0;
    for (const entry of header.tables) {
      const table = byName.get(entry.name)!;
      for (let done = 0; done < entry.rows; ) {
        const batch: string[] = [];
        while (batch.length < INSERT_ROWS && done + batch.length < entry.rows) {
          const line = await next();
          if (line === undefined) throw new RestoreRefused(`${file} ends early, in table ${entry.name}: the file is damaged.`);
          hash.update(`${line}\n`);
          batch.push(line);
        }
        await client.query(insertRows(table), [`[${batch.join(",")}]`]);
        done += batch.length;
      }
      total += entry.rows;
    }
    const trailer = parseTrailer(await next());
    if (!trailer?.end || trailer.rows !== total || trailer.sha256 !== hash.digest("hex") || (await next()) !== undefined) {
      throw new RestoreRefused(`${file} does not match its own checksum: the file is damaged or was edited.`);
    }
    await restoreSequences(client, header);
    await client.query("COMMIT");
    return { tables: header.tables.length, rows: total };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    lines.return?.();
    await client.end().catch(() => undefined);
  }
}
