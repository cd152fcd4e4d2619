import { daysInYear, daysThrough, periodOf } from "./calendar";
import { evaluateProgress } from "./evaluate";
import { goalOf } from "./met-rules";
import { hasSchedule, shareDue } from "./schedule";
import { unitTarget } from "./units";
import type { TEngineFigure, TEngineTarget, TPathPoint } from "./types";

/** The expected path at a month end, as if every figure through it were in; summed over units. */
export function expectedAt(target: TEngineTarget, month: number): number | null {
  if (target.units !== null) {
    let total = 0;
    for (const unit of target.units) total += expectedAt(unitTarget(target, unit), month) ?? 0;
    return target.units.length > 0 ? total : null;
  }
  const goal = goalOf(target);
  if (goal === null) return null;
  if (!hasSchedule(target)) return goal;
  const share = shareDue(target, month);
  if (target.kind === "average") return (goal * daysInYear(target.year) * share) / daysThrough(target.year, month);
  return goal * share;
}

/**
 * Twelve months for a chart: the actual where that month has a figure, the expected path, and the
 * status as of that month (judged on the latest figure so far).
 */
export function progressPath(target: TEngineTarget, figures: readonly TEngineFigure[]): TPathPoint[] {
  const points: TPathPoint[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const progress = evaluateProgress(target, figures, month);
    const period = periodOf(target.year, month);
    points.push({
      period,
      actual: progress.period === period ? progress.actual : null,
      expected: expectedAt(target, month),
      status: progress.status,
    });
  }
  return points;
}
