import type { TDashboardFigure } from "../../contracts/dashboard";
import type { TIndicator } from "../../contracts/indicators";
import { evaluateProgress, progressPath, type TPathPoint, type TProgress } from "../../progress";
import type { TDbClient } from "../db/client";
import { toPeriod } from "../db/mappers";
import { listIndicators } from "../indicators/queries";
import { loadTrackedTargets } from "../progress/load";
import { targetScope, type TDashboardScope } from "./scope";

export interface TDashboardIndicator {
  indicator: TIndicator;
  /** The twelve-month path (published figures, or with submitted ones in a preview). */
  path: TPathPoint[];
  /** The judgement as of the month asked for. */
  progress: TProgress;
  figures: TDashboardFigure[];
  /** Months with a submitted, unapproved figure counted in the preview. */
  previewPeriods: string[];
}

/**
 * One indicator for the leadership page, or null when it is not the reader's (an official's other
 * bureaus): the scope is part of the first query, so nothing else is read for it.
 */
export async function getDashboardIndicator(
  db: TDbClient,
  { scope, code, year, month, includeSubmitted }: { scope: TDashboardScope; code: string; year: number; month: number; includeSubmitted: boolean },
): Promise<TDashboardIndicator | null> {
  const target = await db.target.findFirst({ where: { year, indicator: { code }, ...targetScope(scope) }, select: { entryFactor: true } });
  if (!target) return null;
  const [indicators, [tracked], rows] = await Promise.all([
    listIndicators(db, { year }),
    loadTrackedTargets(db, { year, code, includeSubmitted }),
    db.figure.findMany({
      where: { year, indicator: { code } },
      select: { month: true, status: true, value: true, publishedValue: true, publishedAt: true, note: true, publishedNote: true, explanation: true, unit: { select: { code: true, sortOrder: true } } },
      orderBy: [{ month: "asc" }, { unit: { sortOrder: "asc" } }],
    }),
  ]);
  const indicator = indicators.find((i) => i.code === code);
  if (!indicator || !tracked) return null;
  const factor = target.entryFactor;
  const shown = (v: typeof rows[number]["value"]) => (v === null ? null : v.mul(factor).toNumber());
  const figures: TDashboardFigure[] = rows.map((f) => {
    const isPreview = includeSubmitted && f.status === "submitted";
    return {
      period: toPeriod(year, f.month),
      unit: f.unit?.code ?? null,
      value: isPreview ? shown(f.value) : f.publishedAt ? shown(f.publishedValue) : null,
      isPreview,
      status: f.status,
      publishedValue: f.publishedAt ? shown(f.publishedValue) : null,
      pendingValue: !isPreview && f.status === "submitted" ? shown(f.value) : null,
      note: isPreview ? f.note : f.publishedAt ? f.publishedNote : f.note,
      explanation: f.explanation,
    };
  });
  const previewPeriods = [...new Set(figures.filter((f) => f.isPreview && f.value !== null).map((f) => f.period))];
  return {
    indicator,
    path: progressPath(tracked.engine, tracked.figures),
    progress: evaluateProgress(tracked.engine, tracked.figures, month),
    figures,
    previewPeriods,
  };
}
