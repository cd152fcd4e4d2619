import { daysBetween, daysInYear, daysThrough } from "./calendar";
import { countedMonths, dueMonths, isAdditive, shareDue, spanOf } from "./schedule";
import type { TEngineFigure, TEngineTarget } from "./types";

/** The figures of one target (or one unit) as of a month, reduced to what the judgement needs. */
export interface TAggregate {
  /** Latest month with a figure at or before asOf. */
  period: number | null;
  /** The value judged, in the display unit: the latest, a sum, or a day-weighted mean, per basis. */
  actual: number | null;
  /** Share of the year's work the reported figures account for (additive bases), or due by `period`. */
  covered: number;
  /** Days the reported figures account for (additive bases), or days through `period`. */
  coveredDays: number;
  /** Due months at or before asOf without a figure. */
  missing: number[];
  /** Due months still to bring a figure: unreported ones for additive bases, those after `period` otherwise. */
  remainingMonths: number;
  remainingDays: number;
  /** Every figure of the year is in: the year-end value is known. */
  complete: boolean;
}

/**
 * One figure per month: a null or non-finite value is "not reported"; a figure in a month that is
 * not due (a GDP figure in April) or after asOf is ignored; when a month appears twice, the later wins
 * (the caller passes the current published value, so a revision simply changes the input).
 */
export function reportedValues(target: Pick<TEngineTarget, "frequency">, figures: readonly TEngineFigure[], asOf: number): Map<number, number> {
  const counted = new Set(countedMonths(target.frequency));
  const values = new Map<number, number>();
  for (const f of figures) {
    if (f.value === null || !Number.isFinite(f.value) || !counted.has(f.month) || f.month > asOf) continue;
    values.set(f.month, f.value);
  }
  return values;
}

export function aggregate(target: TEngineTarget, figures: readonly TEngineFigure[], asOf: number): TAggregate {
  const values = reportedValues(target, figures, asOf);
  const due = dueMonths(target);
  const missing = due.filter((m) => m <= asOf && !values.has(m));
  const months = [...values.keys()].sort((a, b) => a - b);
  const period = months.at(-1) ?? null;
  if (period === null) {
    return { period, actual: null, covered: 0, coveredDays: 0, missing, remainingMonths: due.length, remainingDays: daysInYear(target.year), complete: false };
  }
  if (!isAdditive(target.basis)) {
    const remaining = due.filter((m) => m > period);
    return {
      period,
      actual: values.get(period) ?? null,
      covered: shareDue(target, period),
      coveredDays: daysThrough(target.year, period),
      missing,
      remainingMonths: remaining.length,
      remainingDays: daysInYear(target.year) - daysThrough(target.year, target.frequency === "first_month" ? 12 : period),
      complete: remaining.length === 0,
    };
  }
  let total = 0;
  let covered = 0;
  let coveredDays = 0;
  for (const m of months) {
    const { first, last } = spanOf(target.frequency, m);
    const days = daysBetween(target.year, first, last);
    const value = values.get(m) ?? 0;
    total += target.basis === "month_mean" ? value * days : value;
    covered += shareDue(target, last) - shareDue(target, first - 1);
    coveredDays += days;
  }
  const unreported = due.filter((m) => !values.has(m));
  return {
    period,
    actual: target.basis === "month_mean" ? total / coveredDays : total,
    covered,
    coveredDays,
    missing,
    remainingMonths: unreported.length,
    remainingDays: daysInYear(target.year) - coveredDays,
    complete: unreported.length === 0,
  };
}
