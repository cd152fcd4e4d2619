import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Compares prisma/schema.prisma (through Prisma's own schema parser) with a migrated database:
 * tables, columns, types, nullability, defaults, enums, indexes and foreign keys. Returns one
 * line per disagreement; an empty list means they agree.
 */

interface TField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

interface TModel {
  name: string;
  dbName: string | null;
  fields: TField[];
}

interface TDmmf {
  datamodel: {
    models: TModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
  };
}

const SCHEMA_FILE = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

export function readDmmf(schema = readFileSync(SCHEMA_FILE, "utf8")): TDmmf {
  const wasm = createRequire(import.meta.url)("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schema }))) as TDmmf;
}

const SCALAR_UDT: Record<string, string> = {
  Int: "int4",
  BigInt: "int8",
  String: "text",
  Boolean: "bool",
  Json: "jsonb",
  Float: "float8",
  DateTime: "timestamp",
  Decimal: "numeric",
};

const NATIVE_UDT: Record<string, string> = { Timestamptz: "timestamptz", Date: "date", Decimal: "numeric", VarChar: "varchar", Text: "text" };

function expectedType(field: TField, enumDbName: Map<string, string>): string {
  const base = field.kind === "enum" ? enumDbName.get(field.type)! : field.nativeType ? NATIVE_UDT[field.nativeType[0]] ?? field.nativeType[0] : SCALAR_UDT[field.type] ?? field.type;
  const args = field.nativeType?.[1] ?? [];
  const shaped = base === "numeric" && args.length === 2 ? `numeric(${args[0]},${args[1]})` : base === "timestamptz" && args.length === 1 ? `timestamptz(${args[0]})` : base;
  return field.isList ? `${shaped}[]` : shaped;
}

interface TDbColumn {
  table: string;
  column: string;
  udt: string;
  nullable: boolean;
  hasDefault: boolean;
}

async function readDatabase(client: pg.Client) {
  const columns = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null; numeric_precision: number | null; numeric_scale: number | null; datetime_precision: number | null }>(
    `SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default, c.numeric_precision, c.numeric_scale, c.datetime_precision
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`,
  );
  // Array columns report precision only through the attribute's typmod.
  const arrays = await client.query<{ table_name: string; column_name: string; formatted: string }>(
    `SELECT cl.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS formatted
     FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE n.nspname = 'public' AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const arrayTypes = new Map(arrays.rows.map((r) => [`${r.table_name}.${r.column_name}`, r.formatted]));
  const dbColumns: TDbColumn[] = columns.rows.map((r) => {
    let udt = r.udt_name;
    if (udt === "numeric" && r.numeric_precision !== null) udt = `numeric(${r.numeric_precision},${r.numeric_scale})`;
    if (udt === "timestamptz" && r.datetime_precision !== null && r.datetime_precision !== 6) udt = `timestamptz(${r.datetime_precision})`;
    if (udt.startsWith("_")) {
      const formatted = arrayTypes.get(`${r.table_name}.${r.column_name}`) ?? "";
      const m = /numeric\((\d+),(\d+)\)\[\]/.exec(formatted);
      udt = m ? `numeric(${m[1]},${m[2]})[]` : `${udt.slice(1)}[]`;
    }
    return { table: r.table_name, column: r.column_name, udt, nullable: r.is_nullable === "YES", hasDefault: r.column_default !== null };
  });
  const enums = await client.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
  );
  const indexes = await client.query<{ table: string; columns: string[]; is_unique: boolean; is_primary: boolean }>(
    `SELECT t.relname AS table, ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
       i.indisunique AS is_unique, i.indisprimary AS is_primary
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       -- Partial and expression indexes are hand-written (Prisma cannot express them).
       AND i.indpred IS NULL AND i.indexprs IS NULL`,
  );
  const foreignKeys = await client.query<{ table: string; columns: string[]; ref_table: string; ref_columns: string[] }>(
    `SELECT cl.relname AS table,
       ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
       rc.relname AS ref_table,
       ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns
     FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class rc ON rc.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return { columns: dbColumns, enums: enums.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

function diffSets(kind: string, expected: Set<string>, actual: Set<string>): string[] {
  return [
    ...[...expected].filter((e) => !actual.has(e)).map((e) => `${kind} in schema.prisma but not in the database: ${e}`),
    ...[...actual].filter((a) => !expected.has(a)).map((a) => `${kind} in the database but not in schema.prisma: ${a}`),
  ];
}

/**
 * What Prisma's schema cannot say, written by hand in the migrations: CHECK constraints, triggers,
 * and unique indexes whose NULLs count as equal. Each must exist in the migrated database.
 */
export const HAND_WRITTEN = {
  checks: [
    "figures.figures_month_check",
    "figures.figures_version_check",
    "figures.figures_published_check",
    "period_locks.period_locks_month_check",
    "period_locks.period_locks_unlock_check",
    "targets.targets_amount_check",
    "targets.targets_entry_factor_check",
    "targets.targets_schedule_profile_check",
    "results.results_amount_check",
    "task_milestone_revisions.task_milestone_revisions_action_check",
    "task_milestones.task_milestones_published_check",
    "task_milestones.task_milestones_report_check",
    "task_milestones.task_milestones_version_check",
    "users.users_official_department_check",
  ],
  triggers: [
    "audit_log.audit_log_append_only",
    "audit_log.audit_log_no_truncate",
    "figure_revisions.figure_revisions_append_only",
    "figure_publications.figure_publications_append_only",
    "figures.figures_keep_rows",
    "figures.figures_unit_of_target",
    "targets.targets_schedule_by_kind",
    "task_milestone_revisions.task_milestone_revisions_append_only",
    "task_milestone_revisions.task_milestone_revisions_no_truncate",
    "targets.targets_tracking_frozen_with_figures",
  ],
  nullsNotDistinct: ["figures(indicator_id,year,month,unit_id)"],
} as const;

/** One line per hand-written object missing from the database. */
async function findHandWrittenDrift(client: pg.Client): Promise<string[]> {
  const checks = await client.query<{ name: string }>(
    `SELECT cl.relname || '.' || c.conname AS name FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = 'public' AND c.contype = 'c'`,
  );
  const triggers = await client.query<{ name: string }>(
    `SELECT cl.relname || '.' || t.tgname AS name FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal`,
  );
  const nullsNotDistinct = await client.query<{ name: string }>(
    `SELECT t.relname || '(' || array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ',') || ')' AS name
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND i.indnullsnotdistinct`,
  );
  const missing = (kind: string, expected: readonly string[], rows: { name: string }[]) => {
    const actual = new Set(rows.map((r) => r.name));
    return expected.filter((e) => !actual.has(e)).map((e) => `${kind} written in a migration but not in the database: ${e}`);
  };
  return [
    ...missing("check constraint", HAND_WRITTEN.checks, checks.rows),
    ...missing("trigger", HAND_WRITTEN.triggers, triggers.rows),
    ...missing("NULLS NOT DISTINCT unique index", HAND_WRITTEN.nullsNotDistinct, nullsNotDistinct.rows),
  ];
}

export async function findSchemaDrift(connectionString: string, dmmf: TDmmf = readDmmf()): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const db = await readDatabase(client);
    const { models, enums, indexes } = dmmf.datamodel;
    const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
    const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
    const columnOf = (model: string, field: string) => {
      const f = models.find((m) => m.name === model)?.fields.find((x) => x.name === field);
      return f?.dbName ?? field;
    };

    const expectedColumns = new Set<string>();
    for (const model of models) {
      for (const f of model.fields.filter((x) => x.kind !== "object")) {
        // Prisma creates list columns without NOT NULL.
        const nullable = !f.isRequired || f.isList;
        expectedColumns.add(`${tableOf.get(model.name)}.${f.dbName ?? f.name} ${expectedType(f, enumDbName)} ${nullable ? "NULL" : "NOT NULL"}${f.hasDefaultValue ? " DEFAULT" : ""}`);
      }
    }
    const actualColumns = new Set(db.columns.map((c) => `${c.table}.${c.column} ${c.udt} ${c.nullable ? "NULL" : "NOT NULL"}${c.hasDefault ? " DEFAULT" : ""}`));

    const expectedEnums = new Set(enums.flatMap((e) => e.values.map((v) => `${e.dbName ?? e.name}.${v.dbName ?? v.name}`)));
    const actualEnums = new Set(db.enums.map((e) => `${e.name}.${e.value}`));

    const expectedIndexes = new Set(
      indexes
        .filter((i) => i.type !== "fulltext")
        .map((i) => `${tableOf.get(i.model)}(${i.fields.map((f) => columnOf(i.model, f.name)).join(",")}) ${i.type === "normal" ? "index" : "unique"}`),
    );
    const actualIndexes = new Set(db.indexes.map((i) => `${i.table}(${i.columns.join(",")}) ${i.is_unique || i.is_primary ? "unique" : "index"}`));

    const expectedKeys = new Set(
      models.flatMap((m) =>
        m.fields
          .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
          .map((f) => `${tableOf.get(m.name)}(${f.relationFromFields!.map((x) => columnOf(m.name, x)).join(",")}) -> ${tableOf.get(f.type)}(${f.relationToFields!.map((x) => columnOf(f.type, x)).join(",")})`),
      ),
    );
    const actualKeys = new Set(db.foreignKeys.map((k) => `${k.table}(${k.columns.join(",")}) -> ${k.ref_table}(${k.ref_columns.join(",")})`));

    return [
      ...(await findHandWrittenDrift(client)),
      ...diffSets("column", expectedColumns, actualColumns),
      ...diffSets("enum value", expectedEnums, actualEnums),
      ...diffSets("index", expectedIndexes, actualIndexes),
      ...diffSets("foreign key", expectedKeys, actualKeys),
    ];
  } finally {
    await client.end();
  }
}
