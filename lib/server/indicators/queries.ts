import type { TIndicator, TIndicatorDetail, TPublicRevision, TPublishedFigure } from "../../contracts/indicators";
import type { TDbClient } from "../db/client";
import { toComparator, toNumber, toPeriod } from "../db/mappers";
import { AppError } from "../errors";

const REF = { select: { code: true, nameZh: true, nameEn: true } } as const;

const TARGET_SELECT = {
  year: true,
  comparator: true,
  value: true,
  min: true,
  max: true,
  sourceQuote: true,
  scheduleKind: true,
  scheduleProfile: true,
  baselineComparable: true,
  baselineNoteZh: true,
  baselineNoteEn: true,
  baselineResult: {
    select: { year: true, code: true, comparator: true, value: true, min: true, max: true, unit: true, estimated: true, sourceQuote: true },
  },
} as const;

const INDICATOR_SELECT = {
  code: true,
  nameZh: true,
  nameEn: true,
  kind: true,
  unit: true,
  direction: true,
  section: REF,
  department: REF,
} as const;

type TIndicatorRow = Awaited<ReturnType<typeof findIndicatorRows>>[number];

function findIndicatorRows(db: TDbClient, year: number, code?: string) {
  return db.target.findMany({
    where: { year, ...(code ? { indicator: { code } } : {}) },
    select: { ...TARGET_SELECT, indicator: { select: INDICATOR_SELECT } },
    orderBy: [{ indicator: { section: { sortOrder: "asc" } } }, { indicator: { sortOrder: "asc" } }],
  });
}

function toIndicator(row: TIndicatorRow): TIndicator {
  const { indicator, baselineResult: base } = row;
  return {
    ...indicator,
    target: {
      year: row.year,
      comparator: toComparator(row.comparator),
      value: toNumber(row.value),
      min: toNumber(row.min),
      max: toNumber(row.max),
      sourceQuote: row.sourceQuote,
      schedule: {
        kind: row.scheduleKind,
        cumulative: row.scheduleKind === "profile" ? row.scheduleProfile.map((d) => d.toNumber()) : null,
      },
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
  };
}

/** Indicators with a target in `year`, in the report's order (section, then position). */
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

/** What the public sees: the published value of each month, never the working one. */
export async function listPublishedFigures(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TPublishedFigure[]> {
  const rows = await db.figure.findMany({
    where: { year, publishedAt: { not: null }, indicator: { code } },
    select: { year: true, month: true, publishedValue: true, publishedNote: true, publishedAt: true, revisedAt: true, isDemo: true },
    orderBy: { month: "asc" },
  });
  return rows.map((f) => ({
    period: toPeriod(f.year, f.month),
    value: toNumber(f.publishedValue),
    note: f.publishedNote,
    publishedAt: f.publishedAt!.toISOString(),
    revisedAt: f.revisedAt?.toISOString() ?? null,
    isDemo: f.isDemo,
  }));
}

/** The public revision log: each published value that replaced an earlier published one, old → new. */
export async function listPublicRevisions(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TPublicRevision[]> {
  const rows = await db.figurePublication.findMany({
    where: { isRevision: true, figure: { year, indicator: { code } } },
    select: { previousValue: true, value: true, note: true, publishedAt: true, figure: { select: { year: true, month: true } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => ({
    period: toPeriod(r.figure.year, r.figure.month),
    previousValue: toNumber(r.previousValue),
    value: toNumber(r.value),
    note: r.note,
    publishedAt: r.publishedAt.toISOString(),
  }));
}
