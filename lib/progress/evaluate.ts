import { aggregate } from "./aggregate";
import { periodOf } from "./calendar";
import { goalOf, isPointKind, judgeMet } from "./met-rules";
import { finalStatus, judgePoints, judgeRatio } from "./judge";
import { tidy } from "./tidy";
import { combineUnits, unitTarget } from "./units";
import type { TEngineFigure, TEngineTarget, TProgress, TUnitProgress } from "./types";

export function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be an integer 1–12, got ${month}`);
}

/** One target without units (or one unit of a per-unit target) as of a month. */
export function evaluateOne(target: TEngineTarget, figures: readonly TEngineFigure[], asOf: number): TUnitProgress {
  const agg = aggregate(target, figures, asOf);
  const goal = goalOf(target);
  const period = agg.period === null ? null : periodOf(target.year, agg.period);
  const noData: TUnitProgress = {
    status: "no_data",
    actual: tidy(agg.actual),
    expected: null,
    ratio: null,
    gapPoints: null,
    projected: null,
    requiredPace: null,
    period,
    met: null,
    aboveRange: false,
    missing: agg.missing,
  };
  const met = agg.actual === null ? null : judgeMet(target, agg.actual);
  if (goal === null || met === null || agg.period === null || agg.actual === null) return noData;
  const input = { target, goal, agg: { ...agg, period: agg.period, actual: agg.actual }, met };
  const judged = isPointKind(target.kind) ? judgePoints(input) : judgeRatio(input);
  const status = finalStatus(input, judged);
  return {
    ...noData,
    status,
    actual: tidy(agg.actual),
    expected: tidy(judged.expected),
    ratio: tidy(judged.ratio),
    gapPoints: tidy(judged.gapPoints),
    projected: tidy(judged.projected),
    requiredPace: status === "achieved" ? null : tidy(judged.requiredPace),
    met: met.met,
    aboveRange: met.beyond,
  };
}

/**
 * The judgement on one indicator as of `asOfMonth` (1–12) from its published figures in the
 * display unit. Per-unit targets judge each unit on its own figures (matched by `unit`).
 */
export function evaluateProgress(target: TEngineTarget, figures: readonly TEngineFigure[], asOfMonth: number): TProgress {
  assertMonth(asOfMonth);
  if (target.units === null) return { ...evaluateOne(target, figures, asOfMonth), units: null };
  const units = target.units.map((unit) => ({
    code: unit.code,
    ...evaluateOne(unitTarget(target, unit), figures.filter((f) => f.unit === unit.code), asOfMonth),
  }));
  return combineUnits(target, units);
}
