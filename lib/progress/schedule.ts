import { daysInYear, daysThrough } from "./calendar";
import type { TBasis, TEngineTarget, TFrequency } from "./types";

const MONTHLY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const QUARTERLY = [3, 6, 9, 12] as const;
const FIRST_MONTH = [1] as const;

const FROM_FEBRUARY = MONTHLY.slice(1);

/** Months whose figures count, per frequency (a GDP figure in April does not). */
export function countedMonths(frequency: TFrequency): readonly number[] {
  if (frequency === "quarterly") return QUARTERLY;
  if (frequency === "first_month") return FIRST_MONTH;
  return MONTHLY;
}

/**
 * Months in which a figure is due. Year-to-date rates are first released for January and February
 * together (1—2月), so January is not due for a monthly one; a January figure, when there is one, still counts.
 */
export function dueMonths(target: Pick<TEngineTarget, "frequency" | "basis">): readonly number[] {
  if (target.frequency === "monthly" && target.basis === "ytd_rate") return FROM_FEBRUARY;
  return countedMonths(target.frequency);
}

/** The months a figure due in `month` speaks for: a quarter's figure its three months, the first month's the year. */
export function spanOf(frequency: TFrequency, month: number): { first: number; last: number } {
  if (frequency === "first_month") return { first: 1, last: 12 };
  if (frequency === "quarterly") return { first: month - 2, last: month };
  return { first: month, last: month };
}

/** Bases whose figures add up over the year (a month's amount, mean or count); the others are read at their latest. */
export function isAdditive(basis: TBasis): boolean {
  return basis === "month_amount" || basis === "month_mean" || basis === "month_count";
}

/** Bases whose year-to-date value never falls: a met floor on them is met for good. */
export function isAccumulating(basis: TBasis): boolean {
  return basis === "ytd_total" || basis === "month_amount" || basis === "month_count" || basis === "percent_done";
}

/**
 * Whether an expected path applies: always for cumulative, day_count, average and milestone
 * (linear without a profile); for shares and levels only when a profile is given; never for growth rates.
 */
export function hasSchedule(target: Pick<TEngineTarget, "kind" | "schedule">): boolean {
  if (target.kind === "growth_rate") return false;
  if (target.kind === "share" || target.kind === "level") return target.schedule !== null;
  return true;
}

/**
 * Share of the year's work due by the end of `month` (0 for month 0). Without a profile: m/12,
 * except for means and day counts, whose natural linear path follows the days (Feb 2020 has 29 of 366).
 */
export function shareDue(target: Pick<TEngineTarget, "schedule" | "basis" | "year">, month: number): number {
  if (month <= 0) return 0;
  if (target.schedule !== null) return target.schedule[month - 1] ?? 1;
  if (target.basis === "month_mean" || target.basis === "month_count") return daysThrough(target.year, month) / daysInYear(target.year);
  return month / 12;
}
