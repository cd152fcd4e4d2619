import type { TComparator, TDirection, TEngineTarget, TIndicatorKind } from "./types";

/** How the actual is tested against the report's number. */
export type TMetTest = "floor" | "ceiling" | "below" | "range_floor" | "range_ceiling" | "about";

export interface TMetRule {
  test: TMetTest;
  zh: string;
  en: string;
}

/** 左右: how far from the number still counts as met. Points for rates and shares, a fraction otherwise. */
export const ABOUT_TOLERANCE = {
  points: 0.5,
  relative: 0.05,
  zh: "“左右”：增速和比重在目标值上下0.5个百分点以内，其他指标在目标值上下5%以内，即为完成；优于该区间也算完成，并标注“超出区间”。",
  en: "'About' (左右): within ±0.5 percentage points of the number for growth rates and shares, within ±5% of it otherwise; beyond that band on the better side is also met and shown as beyond the range.",
} as const;

const FLOOR: TMetRule = {
  test: "floor",
  zh: "不低于目标值即为完成（“以上”“超过”，以及报告中“增长5%”“达到2万辆”这类不带限定词的数字）。",
  en: "Met when the actual is at or above the number (以上/超过, and plain numbers such as 增长5% or 达到2万辆).",
};
const CEILING: TMetRule = {
  test: "ceiling",
  zh: "不高于目标值即为完成（“以内”“控制在”）。",
  en: "Met when the actual is at or below the number (以内/控制在).",
};
const BELOW: TMetRule = {
  test: "below",
  zh: "严格低于目标值才算完成（“负增长”：增速必须小于0）。",
  en: "Met only when the actual is strictly below the number (负增长: growth must be below 0).",
};
const EXACT_FLOOR: TMetRule = {
  test: "floor",
  zh: "达到目标值即为完成（“全部”即100%，不可能更高；不带限定词的数字视为下限）。",
  en: "Met when the actual reaches the number (全部 is 100%, which cannot be exceeded; a plain number is a floor).",
};
const EXACT_CEILING: TMetRule = {
  test: "ceiling",
  zh: "降到目标值即为完成（“清零”即0，不可能更低）。",
  en: "Met when the actual is down to the number (清零 is 0, which cannot be undercut).",
};
const RANGE_FLOOR: TMetRule = {
  test: "range_floor",
  zh: "区间目标（如5%—6%）：达到区间下限即为完成；高于上限也算完成，并标注“超出区间”。",
  en: "A range (e.g. 5%–6%) is met from its floor up; above its top is met too and shown as above the range.",
};
const RANGE_CEILING: TMetRule = {
  test: "range_ceiling",
  zh: "越低越好的区间目标：不高于区间上限即为完成；低于下限也算完成，并标注“超出区间”。",
  en: "A range on a lower-is-better indicator is met at or below its top; below its floor is met too and shown as beyond the range.",
};
const ABOUT: TMetRule = { test: "about", zh: ABOUT_TOLERANCE.zh, en: ABOUT_TOLERANCE.en };

/** When a target is met (PRODUCT.md §2), comparator × direction. The hedge 力争/确保 never changes the rule. */
export const MET_RULES: Readonly<Record<TComparator, Readonly<Record<TDirection, TMetRule>>>> = {
  ">=": { higher_is_better: FLOOR, lower_is_better: FLOOR },
  "<=": { higher_is_better: CEILING, lower_is_better: CEILING },
  "<": { higher_is_better: BELOW, lower_is_better: BELOW },
  "=": { higher_is_better: EXACT_FLOOR, lower_is_better: EXACT_CEILING },
  range: { higher_is_better: RANGE_FLOOR, lower_is_better: RANGE_CEILING },
  about: { higher_is_better: ABOUT, lower_is_better: ABOUT },
};

/** Float noise (5.1 − 0.1 ≠ 5) must not decide a status. */
export const EPSILON = 1e-9;

export type TBounds = Pick<TEngineTarget, "kind" | "direction" | "comparator" | "value" | "min" | "max" | "basis">;

export interface TMetResult {
  met: boolean;
  /** Beyond a range (or the 左右 band) on the better side. */
  beyond: boolean;
}

export function isPointKind(kind: TIndicatorKind): boolean {
  return kind === "growth_rate" || kind === "share";
}

export function aboutTolerance(bounds: Pick<TBounds, "kind" | "value">): number {
  return isPointKind(bounds.kind) ? ABOUT_TOLERANCE.points : ABOUT_TOLERANCE.relative * Math.abs(bounds.value ?? 0);
}

/** The number progress is measured against: a range's floor (its top when lower is better), else the value; 100 for percent done. */
export function goalOf(bounds: TBounds): number | null {
  if (bounds.comparator === "range") return bounds.direction === "higher_is_better" ? bounds.min : bounds.max;
  if (bounds.value === null && bounds.basis === "percent_done") return 100;
  return bounds.value;
}

/** Whether `actual` meets the target; null when the target lacks the number its rule needs. */
export function judgeMet(bounds: TBounds, actual: number): TMetResult | null {
  const rule = MET_RULES[bounds.comparator][bounds.direction];
  const { min, max } = bounds;
  const value = bounds.value ?? (bounds.basis === "percent_done" ? 100 : null);
  switch (rule.test) {
    case "floor":
      return value === null ? null : { met: actual >= value - EPSILON, beyond: false };
    case "ceiling":
      return value === null ? null : { met: actual <= value + EPSILON, beyond: false };
    case "below":
      return value === null ? null : { met: actual < value - EPSILON, beyond: false };
    case "range_floor":
      return min === null ? null : { met: actual >= min - EPSILON, beyond: max !== null && actual > max + EPSILON };
    case "range_ceiling":
      return max === null ? null : { met: actual <= max + EPSILON, beyond: min !== null && actual < min - EPSILON };
    case "about": {
      if (value === null) return null;
      const tolerance = aboutTolerance(bounds);
      const gap = bounds.direction === "higher_is_better" ? actual - value : value - actual;
      return { met: gap >= -tolerance - EPSILON, beyond: gap > tolerance + EPSILON };
    }
  }
}

/** A met floor on an amount that only grows is met for good; a broken ceiling on it is missed for good. */
export function isFloorRule(bounds: Pick<TBounds, "comparator" | "direction">): boolean {
  const test = MET_RULES[bounds.comparator][bounds.direction].test;
  return test === "floor" || test === "range_floor" || (test === "about" && bounds.direction === "higher_is_better");
}
