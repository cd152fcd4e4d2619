import { tidy } from "./tidy";
import { ratioStatus } from "./judge";
import { worstOf } from "./status-rules";
import type { TEngineTarget, TProgress, TTargetUnit, TUnitProgress } from "./types";

/** One unit as a target of its own: the unit's number is the value; a range's floor becomes a floor. */
export function unitTarget(target: TEngineTarget, unit: TTargetUnit): TEngineTarget {
  const comparator = target.comparator === "range" ? ">=" : target.comparator;
  return { ...target, comparator, value: unit.value, min: null, max: null, units: null };
}

function sumOf(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return tidy(total);
}

/**
 * Met only when every unit is; the status is the worst unit's (a unit without data counts as
 * worse than on track). Amounts and day counts add up across units, so actual, expected,
 * projected and ratio are shown for the total; other kinds show them per unit only.
 */
export function combineUnits(target: TEngineTarget, units: (TUnitProgress & { code: string })[]): TProgress {
  const mets = units.map((u) => u.met);
  const met = mets.includes(false) ? false : mets.includes(null) ? null : true;
  const additive = target.kind === "cumulative" || target.kind === "day_count";
  const actual = additive ? sumOf(units.map((u) => u.actual)) : null;
  const expected = additive ? sumOf(units.map((u) => u.expected)) : null;
  const periods = units.map((u) => u.period).filter((p): p is string => p !== null).sort();
  const missing = [...new Set(units.flatMap((u) => u.missing))].sort((a, b) => a - b);
  return {
    status: units.length === 0 ? "no_data" : worstOf(units.map((u) => u.status)),
    actual,
    expected,
    ratio: actual !== null && expected !== null ? tidy(ratioStatus(actual, expected, target.direction).ratio) : null,
    gapPoints: null,
    projected: additive ? sumOf(units.map((u) => u.projected)) : null,
    requiredPace: null,
    period: periods.at(-1) ?? null,
    met,
    aboveRange: units.length > 0 && units.every((u) => u.aboveRange),
    missing,
    units,
  };
}
