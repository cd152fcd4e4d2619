/**
 * Shapes of the report data that the seed loads. Every number here is the report's own,
 * in the report's own unit; `quote` is a verbatim substring of seed/source/…report.zh.txt.
 */

/** How a figure relates to its number: 以上/超过/余 → ">=", 以内/控制在 → "<=", 负增长 → "<" 0, 5%—6% → "range", 左右 → "about". */
export type TComparator = ">=" | "<=" | "<" | "=" | "about" | "range";

export type TIndicatorKind =
  | "growth_rate"
  | "cumulative"
  | "level"
  | "share"
  | "average"
  | "day_count"
  | "milestone";

export type TDirection = "higher_is_better" | "lower_is_better";

export interface TSeedSection {
  code: string;
  year: number;
  nameZh: string;
  nameEn: string;
}

export interface TSeedDepartment {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A number as the report states it: `value` for a single number, `min`/`max` for a range. */
export interface TSeedAmount {
  comparator: TComparator;
  value?: number;
  min?: number;
  max?: number;
}

export interface TSeedResult extends TSeedAmount {
  code: string;
  section: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  /** 预计: the report marks the figure as an estimate. */
  estimated: boolean;
  quote: string;
}

/** Cumulative share of the year's work due by the end of each month (12 numbers, non-decreasing, ending at 1). */
export type TSchedule = readonly number[];

/** What one monthly figure is (lib/contracts/tracking.ts ZBasis). */
export type TBasis = "ytd_total" | "month_amount" | "ytd_rate" | "current" | "month_mean" | "month_count" | "percent_done";

export type TFrequency = "monthly" | "quarterly" | "first_month";

/** 力争 → aspirational, 确保 → guaranteed, exactly where the report says so. */
export type THedge = "aspirational" | "guaranteed";

/** One unit of a per-unit target (三个县(市)各完成100公里), with its own number in the target's unit. */
export interface TSeedUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  value: number;
}

export interface TSeedTarget extends TSeedAmount {
  year: number;
  quote: string;
  hedge?: THedge;
  /** What officials enter each month, how often, and in which unit (default: the indicator's unit, factor 1). */
  basis: TBasis;
  frequency: TFrequency;
  entryUnit?: string;
  /** display value = entered value × entryFactor. */
  entryFactor?: number;
  /** Required for cumulative, day_count, average and milestone targets; absent for the others. */
  schedule?: TSchedule;
  /** Per-unit targets: every unit must meet its own value. */
  units?: readonly TSeedUnit[];
}

export interface TSeedBaseline {
  /** Code of the 2019 result (TSeedResult.code) this target is compared with. */
  result: string;
  /** false when the 2019 figure measures something else (e.g. 工业总产值 vs 规上工业增加值). */
  comparable: boolean;
  noteZh?: string;
  noteEn?: string;
}

/**
 * An indicator with its target of one year. The same code may appear in several years' data (codes
 * are stable across years); kind, unit and direction must then agree, while section and lead bureau
 * belong to the year.
 */
export interface TSeedIndicator {
  code: string;
  section: string;
  nameZh: string;
  nameEn: string;
  kind: TIndicatorKind;
  unit: string;
  direction: TDirection;
  /** Lead bureau for the target's year: editable configuration, not part of the report. */
  department: string;
  target: TSeedTarget;
  baseline?: TSeedBaseline;
}

export interface TSeedMilestone {
  titleZh: string;
  titleEn: string;
  /** ISO date, e.g. "2020-06-30". */
  due: string;
}

export interface TSeedTask {
  code: string;
  /** ①…⑩ in the report. */
  number: number;
  titleZh: string;
  titleEn: string;
  department: string;
  quote: string;
  /** Indicator that measures the task's quantity, when the report gives one. */
  indicator?: string;
  quantity?: number;
  unit?: string;
  milestones: readonly TSeedMilestone[];
}
