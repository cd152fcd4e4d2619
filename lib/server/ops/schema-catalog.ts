import type pg from "pg";

/** What backup and restore need to know about one application table. */
export interface TTableInfo {
  name: string;
  /** Stored (not generated) columns, in table order. */
  columns: string[];
  /** jsonb/json columns: their JSON null must not become SQL NULL on the way through. */
  jsonColumns: string[];
  primaryKey: string[];
  hasAlwaysIdentity: boolean;
}

export interface TSequenceInfo {
  table: string;
  column: string;
  /** As text, so bigint values survive; null when the sequence was never used. */
  lastValue: string | null;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every base table of schema public except the migration history, parents before children. */
export async function readTables(client: pg.ClientBase): Promise<TTableInfo[]> {
  const { rows: columns } = await client.query<{ table: string; column: string; type: string; identity: string }>(
    `SELECT c.relname AS table, a.attname AS column, t.typname AS type, a.attidentity::text AS identity
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_type t ON t.oid = a.atttypid
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
       AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY c.relname, a.attnum`,
  );
  const { rows: keys } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table,
       ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND i.indisprimary`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const tables = new Map<string, TTableInfo>();
  for (const col of columns) {
    const table = tables.get(col.table) ?? { name: col.table, columns: [], jsonColumns: [], primaryKey: [], hasAlwaysIdentity: false };
    table.columns.push(col.column);
    if (col.type === "jsonb" || col.type === "json") table.jsonColumns.push(col.column);
    if (col.identity === "a") table.hasAlwaysIdentity = true;
    tables.set(col.table, table);
  }
  for (const key of keys) {
    const table = tables.get(key.table);
    if (table) table.primaryKey = key.columns;
  }
  return sortParentsFirst([...tables.values()], references);
}

/** Kahn's algorithm, alphabetical among equals so two databases give the same order. */
function sortParentsFirst(tables: TTableInfo[], references: { child: string; parent: string }[]): TTableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) if (byName.has(child) && byName.has(parent)) parents.get(child)!.add(parent);
  const sorted: TTableInfo[] = [];
  while (parents.size > 0) {
    const ready = [...parents].filter(([, ps]) => ps.size === 0).map(([name]) => name).sort();
    if (ready.length === 0) throw new Error(`The tables ${[...parents.keys()].join(", ")} reference each other in a cycle: no insert order exists.`);
    for (const name of ready) {
      sorted.push(byName.get(name)!);
      parents.delete(name);
      for (const ps of parents.values()) ps.delete(name);
    }
  }
  return sorted;
}

/** Sequences that feed application columns (serial, bigserial, identity), with their positions. */
export async function readSequences(client: pg.ClientBase, tables: TTableInfo[]): Promise<TSequenceInfo[]> {
  const { rows } = await client.query<{ table: string; column: string; last_value: string | null }>(
    `SELECT x.table, x.column, s.last_value::text AS last_value
     FROM (SELECT c.relname AS table, a.attname AS column,
                  pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname)::regclass AS seq
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped) x
     JOIN pg_class sc ON sc.oid = x.seq JOIN pg_namespace sn ON sn.oid = sc.relnamespace
     JOIN pg_sequences s ON s.schemaname = sn.nspname AND s.sequencename = sc.relname
     ORDER BY x.table, x.column`,
  );
  const known = new Set(tables.map((t) => t.name));
  return rows.filter((r) => known.has(r.table)).map((r) => ({ table: r.table, column: r.column, lastValue: r.last_value }));
}

/** Finished, not rolled back migrations: what decides whether two databases have the same schema. */
export async function readMigrationLevel(client: pg.ClientBase): Promise<{ name: string; checksum: string }[] | null> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!rows[0]?.present) return null;
  const result = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return result.rows;
}
