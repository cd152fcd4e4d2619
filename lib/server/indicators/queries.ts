import type { TIndicator, TIndicatorDetail, TPublicRevision, TPublishedFigure } from "../../contracts/indicators";
import type { TDbClient } from "../db/client";
import { toComparator, toNumber, toPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { toDisplayValue } from "./display";

const REF = { select: { code: true, nameZh: true, nameEn: true } } as const;

const INDICATOR_SELECT = {
  code: true,
  nameZh: true,
  nameEn: true,
  kind: true,
  unit: true,
  direction: true,
} as const;

/** A target row carries its year's section and lead bureau and how its figures are read. */
const TARGET_SELECT = {
  year: true,
  comparator: true,
  value: true,
  min: true,
  max: true,
  sourceQuote: true,
  hedge: true,
  basis: true,
  frequency: true,
  entryUnit: true,
  entryFactor: true,
  scheduleProfile: true,
  baselineComparable: true,
  baselineNoteZh: true,
  baselineNoteEn: true,
  baselineResult: {
    select: { year: true, code: true, comparator: true, value: true, min: true, max: true, unit: true, estimated: true, sourceQuote: true },
  },
  section: REF,
  department: REF,
  units: { select: { code: true, nameZh: true, nameEn: true, value: true }, orderBy: { sortOrder: "asc" } },
  indicator: { select: INDICATOR_SELECT },
} as const;

type TIndicatorRow = Awaited<ReturnType<typeof findIndicatorRows>>[number];

function findIndicatorRows(db: TDbClient, year: number, code?: string) {
  return db.target.findMany({
    where: { year, ...(code ? { indicator: { code } } : {}) },
    select: TARGET_SELECT,
    orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
  });
}

function toIndicator(row: TIndicatorRow): TIndicator {
  const { indicator, baselineResult: base } = row;
  // A list column without a value reads as empty: no schedule.
  const schedule = row.scheduleProfile.length > 0 ? row.scheduleProfile.map((d) => d.toNumber()) : null;
  return {
    ...indicator,
    section: row.section,
    department: row.department,
    target: {
      year: row.year,
      comparator: toComparator(row.comparator),
      value: toNumber(row.value),
      min: toNumber(row.min),
      max: toNumber(row.max),
      sourceQuote: row.sourceQuote,
    },
    baseline: base
      ? {
          year: base.year,
          code: base.code,
          comparator: toComparator(base.comparator),
          value: toNumber(base.value),
          min: toNumber(base.min),
          max: toNumber(base.max),
          unit: base.unit,
          estimated: base.estimated,
          comparable: row.baselineComparable ?? false,
          noteZh: row.baselineNoteZh,
          noteEn: row.baselineNoteEn,
          sourceQuote: base.sourceQuote,
        }
      : null,
    basis: row.basis,
    frequency: row.frequency,
    entryUnit: row.entryUnit,
    entryFactor: row.entryFactor.toNumber(),
    hedge: row.hedge,
    schedule,
    units: row.units.length > 0 ? row.units.map((u) => ({ ...u, value: u.value.toNumber() })) : null,
  };
}

/** Indicators with a target in `year`, in the report's order (the year's section, then position). */
export async function listIndicators(db: TDbClient, { year }: { year: number }): Promise<TIndicator[]> {
  const rows = await findIndicatorRows(db, year);
  return rows.map(toIndicator);
}

/** One indicator with its published (approved) figures of `year`. */
export async function getIndicator(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TIndicatorDetail> {
  const [row] = await findIndicatorRows(db, year, code);
  if (!row) {
    throw new AppError("NOT_FOUND", {
      "zh-CN": `未找到指标 ${code} 的 ${year} 年目标`,
      en: `No indicator ${code} with a ${year} target`,
    });
  }
  const [figures, revisions] = await Promise.all([listPublishedFigures(db, { code, year }), listPublicRevisions(db, { code, year })]);
  return { ...toIndicator(row), year, figures, revisions };
}

/** The entry factor of the code's target in `year` (1 when there is none: then there are no figures either). */
async function findEntryFactor(db: TDbClient, code: string, year: number) {
  const target = await db.target.findFirst({ where: { year, indicator: { code } }, select: { entryFactor: true } });
  return target?.entryFactor ?? null;
}

/** What the public sees: the published value of each month (and unit), never the working one, in the display unit. */
export async function listPublishedFigures(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TPublishedFigure[]> {
  const [factor, rows] = await Promise.all([
    findEntryFactor(db, code, year),
    db.figure.findMany({
      where: { year, publishedAt: { not: null }, indicator: { code } },
      select: { year: true, month: true, unit: { select: { code: true, sortOrder: true } }, publishedValue: true, publishedNote: true, publishedAt: true, revisedAt: true, isDemo: true },
      orderBy: [{ month: "asc" }, { unit: { sortOrder: "asc" } }],
    }),
  ]);
  if (!factor) return [];
  return rows.map((f) => ({
    period: toPeriod(f.year, f.month),
    unit: f.unit?.code ?? null,
    value: toDisplayValue(f.publishedValue, factor),
    note: f.publishedNote,
    publishedAt: f.publishedAt!.toISOString(),
    revisedAt: f.revisedAt?.toISOString() ?? null,
    isDemo: f.isDemo,
  }));
}

/** The public revision log: each published value that replaced an earlier published one, old → new, in the display unit. */
export async function listPublicRevisions(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TPublicRevision[]> {
  const [factor, rows] = await Promise.all([
    findEntryFactor(db, code, year),
    db.figurePublication.findMany({
      where: { isRevision: true, figure: { year, indicator: { code } } },
      select: { previousValue: true, value: true, note: true, publishedAt: true, figure: { select: { year: true, month: true, unit: { select: { code: true } } } } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    }),
  ]);
  if (!factor) return [];
  return rows.map((r) => ({
    period: toPeriod(r.figure.year, r.figure.month),
    unit: r.figure.unit?.code ?? null,
    previousValue: toDisplayValue(r.previousValue, factor),
    value: toDisplayValue(r.value, factor),
    note: r.note,
    publishedAt: r.publishedAt.toISOString(),
  }));
}
