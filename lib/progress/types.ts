import type { TComparator, TDirection, TIndicatorKind } from "../contracts/common";
import type { TBasis, TFrequency, TProgressStatus, TScheduleProfile, TTargetUnit } from "../contracts/tracking";

export type { TBasis, TFrequency, TProgressStatus, TScheduleProfile, TTargetUnit } from "../contracts/tracking";
export type { TComparator, TDirection, TIndicatorKind } from "../contracts/common";

/** A month of the report year, 1 = January. */
export type TMonth = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** One target as the engine sees it. Numbers are in the target's display unit. */
export interface TEngineTarget {
  year: number;
  kind: TIndicatorKind;
  direction: TDirection;
  comparator: TComparator;
  /** The single number (">=", "<=", "<", "=", "about"); null for a range. */
  value: number | null;
  /** A range's floor and top ("range"); null otherwise. */
  min: number | null;
  max: number | null;
  basis: TBasis;
  frequency: TFrequency;
  /**
   * Cumulative share of the year's work due by each month end (12 numbers, non-decreasing, ending
   * at 1). Used by cumulative, day_count, average and milestone targets; null there means linear
   * (m/12; by days for month_mean and month_count, so null on an average keeps the target every
   * month). A share or level applies as it is every month when null, and follows the profile when
   * one is given (脱贫 100% by December). Ignored for growth rates.
   */
  schedule: TScheduleProfile | null;
  /** Per-unit targets: each unit must meet its own value; figures carry the unit's code. null otherwise. */
  units: readonly TTargetUnit[] | null;
}

/** A published figure, already converted to the display unit. `unit` is the unit's code for per-unit targets. */
export interface TEngineFigure {
  month: number;
  value: number | null;
  unit: string | null;
}

/** The judgement on one indicator (or one unit of it) as of a month. */
export interface TUnitProgress {
  status: TProgressStatus;
  /** The year-to-date value the target is judged on (sum, latest, day-weighted mean…, per basis). */
  actual: number | null;
  /** What the schedule expects by `period` (the target itself for unscheduled kinds). */
  expected: number | null;
  /** actual / expected, inverted when lower is better; null for growth rates and shares. */
  ratio: number | null;
  /** actual − target in percentage points (signed; positive = better), for growth rates and shares. */
  gapPoints: number | null;
  /** The year-end value the current pace leads to. */
  projected: number | null;
  /**
   * What each remaining month must bring for the target to be met: an amount per month
   * (cumulative, milestone), a monthly mean to keep (average), days per month (day_count).
   * null when not meaningful (rates, levels, shares, no months left, or already met for good).
   */
  requiredPace: number | null;
  /** The latest month with a figure at or before asOf, as "YYYY-MM"; null when none. */
  period: string | null;
  /** Whether the target is met on the actual so far (for good when status is achieved); null without data. */
  met: boolean | null;
  /** Above the top of a range target: met, and shown as above the range. */
  aboveRange: boolean;
  /** Months due by asOf (per frequency) without a figure. */
  missing: number[];
}

export interface TProgress extends TUnitProgress {
  /** Per-unit results, when the target has units; the indicator's status is the worst unit's. */
  units: (TUnitProgress & { code: string })[] | null;
}

/** One month of the chart path. */
export interface TPathPoint {
  /** "YYYY-MM" */
  period: string;
  actual: number | null;
  expected: number | null;
  status: TProgressStatus;
}
