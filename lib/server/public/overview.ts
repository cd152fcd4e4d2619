import type { TComparator, TDepartmentRef, TIndicatorKind, TSectionRef } from "../../contracts/common";
import type { TBasis, THedge, TProgressStatus } from "../../contracts/tracking";
import { progressPath } from "../../progress";
import type { TDbClient } from "../db/client";
import { hasDemoData } from "../figures/queries";
import { listIndicators } from "../indicators/queries";
import { loadTrackedTargets } from "../progress/load";
import { getProgressList } from "../progress/queries";
import { listSections } from "../sections/queries";

export interface TOverviewAmount {
  comparator: TComparator;
  value: number | null;
  min: number | null;
  max: number | null;
}

/** One target on the overview: what the report says and how it stands on published figures. */
export interface TOverviewRow {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TIndicatorKind;
  unit: string;
  basis: TBasis;
  hedge: THedge | null;
  target: TOverviewAmount;
  sourceQuote: string;
  /** One of the ten livelihood projects, whose milestones the projects page lists. */
  isProject: boolean;
  status: TProgressStatus;
  actual: number | null;
  expected: number | null;
  /** The latest month with a published figure ("2020-06"), null when none. */
  period: string | null;
  /** Twelve months each: the published actual where that month has one, and the expected path. */
  trend: { actual: (number | null)[]; expected: (number | null)[] };
}

export interface TOverviewSection extends TSectionRef {
  rows: TOverviewRow[];
}

export interface TOverviewBureau extends TDepartmentRef {
  targets: number;
}

export interface TLaterTarget {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  target: TOverviewAmount;
  sourceQuote: string;
}

export interface TOverview {
  year: number;
  /** The latest month with a published figure ("数据截至"); null before the first one. */
  dataAsOf: string | null;
  /** When the latest figure or milestone was approved (ISO), apart from the month it is about. */
  publishedAt: string | null;
  summary: Record<TProgressStatus, number>;
  sections: TOverviewSection[];
  /** Lead bureaus with how many of the year's targets each reports, most first. */
  bureaus: TOverviewBureau[];
  /** Targets the report sets for the following year. */
  later: TLaterTarget[];
  isDemo: boolean;
}

const amountOf = ({ comparator, value, min, max }: TOverviewAmount): TOverviewAmount => ({ comparator, value, min, max });

/** The newest approval of the year, figures and project milestones alike. */
async function findLatestPublication(db: TDbClient, year: number): Promise<string | null> {
  const [figure, milestone] = await Promise.all([
    db.figure.aggregate({ where: { year, publishedAt: { not: null } }, _max: { publishedAt: true } }),
    db.taskMilestone.aggregate({ where: { task: { year }, publishedAt: { not: null } }, _max: { publishedAt: true } }),
  ]);
  const times = [figure._max.publishedAt, milestone._max.publishedAt].filter((t): t is Date => t !== null);
  return times.length > 0 ? new Date(Math.max(...times.map((t) => t.getTime()))).toISOString() : null;
}

function countByBureau(departments: TDepartmentRef[]): TOverviewBureau[] {
  const bureaus = new Map<string, TOverviewBureau>();
  for (const d of departments) {
    const bureau = bureaus.get(d.code) ?? { ...d, targets: 0 };
    bureau.targets += 1;
    bureaus.set(d.code, bureau);
  }
  return [...bureaus.values()].sort((a, b) => b.targets - a.targets || a.code.localeCompare(b.code));
}

/**
 * Everything the public overview shows for `year`, from published figures and approved milestones
 * only (the progress queries are called without their preview options).
 */
export async function loadOverview(db: TDbClient, { year }: { year: number }): Promise<TOverview> {
  const [sections, indicators, later, progress, tracked, projects, publishedAt, isDemo] = await Promise.all([
    listSections(db, { year }),
    listIndicators(db, { year }),
    listIndicators(db, { year: year + 1 }),
    getProgressList(db, { year }),
    loadTrackedTargets(db, { year }),
    db.task.findMany({ where: { year, indicatorId: { not: null } }, select: { indicator: { select: { code: true } } } }),
    findLatestPublication(db, year),
    hasDemoData(db),
  ]);
  const judged = new Map(progress.indicators.map((row) => [row.code, row]));
  const paths = new Map(tracked.map((t) => [t.code, progressPath(t.engine, t.figures)]));
  const projectCodes = new Set(projects.map((p) => p.indicator?.code));
  // A project's percent is known for every month from its milestones' dates: the line stops at the as-of month like the others.
  const asOfMonth = Number(progress.asOf.slice(5, 7));

  const rows = indicators.map((ind): TOverviewRow & { section: string } => {
    const row = judged.get(ind.code);
    const path = paths.get(ind.code) ?? [];
    return {
      section: ind.section.code,
      code: ind.code,
      nameZh: ind.nameZh,
      nameEn: ind.nameEn,
      kind: ind.kind,
      unit: ind.unit,
      basis: ind.basis,
      hedge: ind.hedge,
      target: amountOf(ind.target),
      sourceQuote: ind.target.sourceQuote,
      isProject: projectCodes.has(ind.code),
      status: row?.status ?? "no_data",
      actual: row?.actual ?? null,
      expected: row?.expected ?? null,
      period: row?.period ?? null,
      trend: { actual: path.map((p, i) => (i < asOfMonth ? p.actual : null)), expected: path.map((p) => p.expected) },
    };
  });

  // As the progress API dates it: the latest month with a published figure (a project's percent has one every month, so it does not count).
  const hasFigures = rows.some((row) => row.kind !== "milestone" && row.period !== null);
  return {
    year,
    dataAsOf: hasFigures ? progress.asOf : null,
    publishedAt,
    summary: progress.summary,
    sections: sections.map((s) => ({ ...s, rows: rows.filter((r) => r.section === s.code).map(({ section: _s, ...r }) => r) })),
    bureaus: countByBureau(indicators.map((i) => i.department)),
    later: later.map((i) => ({ code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, target: amountOf(i.target), sourceQuote: i.target.sourceQuote })),
    isDemo,
  };
}
