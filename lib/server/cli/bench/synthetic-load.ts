import pg from "pg";
import { REPORT } from "../../../../seed/report";
import type { TSeedIndicator } from "../../../../seed/data/types";
import { daysInMonth } from "../../../progress";

/**
 * A synthetic city far larger than Siping's report, for `npm run bench:progress`: DISTRICTS bureaus
 * (districts) of PER_DISTRICT indicators each, a target for every indicator in every year of YEARS,
 * and every month's figure published. Each indicator copies one of the report's own targets (its
 * kind, basis, frequency, comparator, entry unit, schedule), so the mix of growth rates, cumulative
 * amounts, monthly amounts, levels, shares, averages and day counts is the report's. Rows go in with
 * multi-row INSERT … SELECT FROM unnest(…) through pg: a few statements, not one per row.
 */
export const DISTRICTS = 20;
export const PER_DISTRICT = 500;
export const YEARS = [2020, 2021, 2022, 2023, 2024] as const;
const SECTIONS_PER_YEAR = 5;
const FIGURE_BATCH = 50_000;

export interface TLoadSummary {
  departments: number;
  indicators: number;
  targets: number;
  figures: number;
  seconds: number;
}

/** mulberry32: deterministic, so every run measures the same data. */
function randomFor(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The report's targets that take entered monthly figures of their own (no milestones, no per-unit targets). */
function templates(): TSeedIndicator[] {
  return REPORT.indicators.filter((i) => i.kind !== "milestone" && !i.target.units);
}

function reference(ind: TSeedIndicator): number {
  const t = ind.target;
  return t.comparator === "range" ? ((t.min ?? 0) + (t.max ?? 0)) / 2 : (t.value ?? 0);
}

function reportingMonths(ind: TSeedIndicator): number[] {
  const all = Array.from({ length: 12 }, (_, i) => i + 1);
  if (ind.target.frequency === "quarterly") return all.filter((m) => m % 3 === 0);
  if (ind.target.frequency === "first_month") return [1];
  // Year-to-date rates start with the combined January–February release.
  return ind.target.basis === "ytd_rate" ? all.slice(1) : all;
}

const PM25_SEASON = [62, 50, 41, 33, 27, 22, 18, 17, 21, 31, 44, 55];
const GOOD_DAYS = [21, 22, 26, 27, 29, 29, 30, 30, 29, 28, 25, 22];

/** The shown value (display unit) of a figure as its basis reads it; month_amount is derived from the year-to-date total by the caller. */
function shownValue(ind: TSeedIndicator, scale: number, year: number, month: number, pace: number, rand: () => number): number {
  const ref = reference(ind) * scale;
  const share = ind.target.schedule ? ind.target.schedule[month - 1]! : month / 12;
  switch (ind.target.basis) {
    case "ytd_rate":
      return ind.direction === "lower_is_better" ? -0.5 - 2.5 * pace * Math.min(1, month / 6) + (rand() - 0.5) * 0.4 : ref * pace + (rand() - 0.5) * 1.2;
    case "ytd_total":
    case "month_amount":
      return ref * share * pace;
    case "current": {
      const value = ref * 0.85 + (ref * pace - ref * 0.85) * Math.min(1, month / 8) + (rand() - 0.5) * ref * 0.02;
      return ind.unit === "%" ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
    }
    case "month_mean":
      return Math.max(0, PM25_SEASON[month - 1]! * (0.93 + pace * 0.1) + (rand() - 0.5) * 3);
    case "month_count":
      return Math.min(daysInMonth(year, month), Math.max(0, Math.round(GOOD_DAYS[month - 1]! * (0.92 + pace * 0.08) + (rand() - 0.5) * 2)));
    case "percent_done":
      return Math.min(100, 100 * share * pace);
  }
}

interface TSyntheticIndicator {
  code: string;
  district: number;
  template: TSeedIndicator;
  /** Cumulative amounts differ in size from district to district; rates, levels and days keep the report's number. */
  scale: number;
}

function buildIndicators(): TSyntheticIndicator[] {
  const pool = templates();
  const rand = randomFor(2020);
  const out: TSyntheticIndicator[] = [];
  for (let d = 1; d <= DISTRICTS; d += 1) {
    for (let i = 1; i <= PER_DISTRICT; i += 1) {
      const template = pool[(d * 7 + i) % pool.length]!;
      const scalable = template.kind === "cumulative";
      out.push({ code: `load-d${String(d).padStart(2, "0")}-${String(i).padStart(3, "0")}`, district: d, template, scale: scalable ? round(0.2 + rand() * 1.6, 2) : 1 });
    }
  }
  return out;
}

/** Figures (entered values, in the entry unit) of one indicator's year. */
function figuresOf(ind: TSyntheticIndicator, year: number, seed: number): { month: number; value: number }[] {
  const rand = randomFor(seed);
  const pace = 0.8 + rand() * 0.35;
  const factor = ind.template.target.entryFactor ?? 1;
  const digits = factor === 1 ? (ind.template.kind === "growth_rate" ? 1 : 2) : 0;
  let previous = 0;
  return reportingMonths(ind.template).map((month) => {
    const entered = round(shownValue(ind.template, ind.scale, year, month, pace, rand) / factor, digits);
    const value = ind.template.target.basis === "month_amount" ? round(entered - previous, digits) : entered;
    previous = entered;
    return { month, value };
  });
}

async function insertReference(client: pg.Client, indicators: TSyntheticIndicator[]): Promise<{ departmentIds: number[]; indicatorIds: Map<string, number>; sectionIds: Map<string, number> }> {
  const districts = Array.from({ length: DISTRICTS }, (_, i) => i + 1);
  const departments = await client.query<{ id: number }>(
    `INSERT INTO departments (code, name_zh, name_en, sort_order)
     SELECT 'load-d' || lpad(d::text, 2, '0'), '合成第' || d || '区', 'Synthetic district ' || d, 1000 + d FROM unnest($1::int[]) AS d ORDER BY d RETURNING id`,
    [districts],
  );
  const sectionRows = YEARS.flatMap((year) => Array.from({ length: SECTIONS_PER_YEAR }, (_, s) => ({ code: `load-${year}-s${s + 1}`, year, sort: 1000 + s })));
  const sections = await client.query<{ id: number; code: string }>(
    `INSERT INTO sections (code, year, name_zh, name_en, sort_order)
     SELECT c, y, '合成篇章 ' || c, 'Synthetic section ' || c, s FROM unnest($1::text[], $2::int[], $3::int[]) AS x(c, y, s) RETURNING id, code`,
    [sectionRows.map((s) => s.code), sectionRows.map((s) => s.year), sectionRows.map((s) => s.sort)],
  );
  const rows = await client.query<{ id: number; code: string }>(
    `INSERT INTO indicators (code, name_zh, name_en, kind, unit, direction, sort_order)
     SELECT c, nz, ne, k, u, dr, so FROM unnest($1::text[], $2::text[], $3::text[], $4::"IndicatorKind"[], $5::text[], $6::"Direction"[], $7::int[]) AS x(c, nz, ne, k, u, dr, so)
     RETURNING id, code`,
    [
      indicators.map((i) => i.code),
      indicators.map((i) => `${i.template.nameZh}（合成第${i.district}区）`),
      indicators.map((i) => `${i.template.nameEn} (synthetic district ${i.district})`),
      indicators.map((i) => i.template.kind),
      indicators.map((i) => i.template.unit),
      indicators.map((i) => i.template.direction),
      indicators.map((_, n) => 10_000 + n),
    ],
  );
  return {
    departmentIds: departments.rows.map((r) => r.id),
    indicatorIds: new Map(rows.rows.map((r) => [r.code, r.id])),
    sectionIds: new Map(sections.rows.map((r) => [r.code, r.id])),
  };
}

async function insertTargets(client: pg.Client, indicators: TSyntheticIndicator[], ids: Awaited<ReturnType<typeof insertReference>>): Promise<number> {
  const rows = YEARS.flatMap((year) =>
    indicators.map((ind, n) => {
      const t = ind.template.target;
      const scaled = (v: number | undefined) => (v === undefined ? null : round(v * ind.scale, 6));
      return {
        indicatorId: ids.indicatorIds.get(ind.code)!,
        year,
        sectionId: ids.sectionIds.get(`load-${year}-s${(n % SECTIONS_PER_YEAR) + 1}`)!,
        departmentId: ids.departmentIds[ind.district - 1]!,
        comparator: t.comparator,
        value: scaled(t.value),
        min: scaled(t.min),
        max: scaled(t.max),
        quote: t.quote,
        basis: t.basis,
        frequency: t.frequency,
        entryUnit: t.entryUnit ?? ind.template.unit,
        entryFactor: t.entryFactor ?? 1,
        schedule: t.schedule ? `{${t.schedule.join(",")}}` : null,
      };
    }),
  );
  await client.query(
    `INSERT INTO targets (indicator_id, year, section_id, department_id, comparator, value, min, max, source_quote, basis, frequency, entry_unit, entry_factor, schedule_profile)
     SELECT i, y, s, d, c, v, mn, mx, q, b, f, eu, ef, sp::numeric[]
     FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::"Comparator"[], $6::numeric[], $7::numeric[], $8::numeric[], $9::text[], $10::"Basis"[], $11::"Frequency"[], $12::text[], $13::numeric[], $14::text[])
       AS x(i, y, s, d, c, v, mn, mx, q, b, f, eu, ef, sp)`,
    [
      rows.map((r) => r.indicatorId),
      rows.map((r) => r.year),
      rows.map((r) => r.sectionId),
      rows.map((r) => r.departmentId),
      rows.map((r) => r.comparator),
      rows.map((r) => r.value),
      rows.map((r) => r.min),
      rows.map((r) => r.max),
      rows.map((r) => r.quote),
      rows.map((r) => r.basis),
      rows.map((r) => r.frequency),
      rows.map((r) => r.entryUnit),
      rows.map((r) => r.entryFactor),
      rows.map((r) => r.schedule),
    ],
  );
  return rows.length;
}

async function insertFigures(client: pg.Client, indicators: TSyntheticIndicator[], indicatorIds: Map<string, number>): Promise<number> {
  let batch: { indicatorId: number[]; year: number[]; month: number[]; value: number[] } = { indicatorId: [], year: [], month: [], value: [] };
  let total = 0;
  const flush = async () => {
    if (batch.value.length === 0) return;
    // Published as an approval publishes: the working value, approved, and the same value public.
    await client.query(
      `INSERT INTO figures (indicator_id, year, month, value, status, version, is_demo, submitted_at, reviewed_at, published_value, published_at, updated_at)
       SELECT i, y, m, v, 'approved', 1, true, t, t, v, t, t
       FROM unnest($1::int[], $2::int[], $3::int[], $4::numeric[]) AS x(i, y, m, v),
            LATERAL (SELECT make_timestamptz(y, m, 1, 0, 0, 0, 'UTC') + interval '1 month 5 days' AS t) AS published`,
      [batch.indicatorId, batch.year, batch.month, batch.value],
    );
    total += batch.value.length;
    batch = { indicatorId: [], year: [], month: [], value: [] };
  };
  for (const year of YEARS) {
    for (const [n, ind] of indicators.entries()) {
      const indicatorId = indicatorIds.get(ind.code)!;
      for (const f of figuresOf(ind, year, year * 100_003 + n)) {
        batch.indicatorId.push(indicatorId);
        batch.year.push(year);
        batch.month.push(f.month);
        batch.value.push(f.value);
      }
      if (batch.value.length >= FIGURE_BATCH) await flush();
    }
  }
  await flush();
  return total;
}

/** Adds the synthetic districts to a migrated (and seeded) database, in one transaction, then ANALYZE. */
export async function insertSyntheticLoad(url: string): Promise<TLoadSummary> {
  const started = performance.now();
  const indicators = buildIndicators();
  const client = new pg.Client({ connectionString: url });
  // Ctrl-C drops the database under this connection: the query in flight rejects and says so;
  // without a listener the connection's own error event would also crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("BEGIN");
    const ids = await insertReference(client, indicators);
    const targets = await insertTargets(client, indicators, ids);
    const figures = await insertFigures(client, indicators, ids.indicatorIds);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { departments: DISTRICTS, indicators: indicators.length, targets, figures, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
