import type { TProgressStatus } from "../../contracts/tracking";
import { POINT_THRESHOLDS, RATIO_THRESHOLDS } from "../../progress/status-rules";

/** One end of an interval: the number and whether it belongs to the interval. */
export interface TBound {
  value: number;
  inclusive: boolean;
}

/** lower < x < upper (each end open, closed or absent). */
export interface TInterval {
  lower: TBound | null;
  upper: TBound | null;
}

/**
 * The ratio r (actual ÷ expected, inverted when lower is better) that gives each status, built
 * from RATIO_THRESHOLDS as statusFromRatio applies them. null: the status is not set by a ratio.
 */
export function ratioInterval(status: TProgressStatus): TInterval | null {
  const { ahead, onTrack, behind } = RATIO_THRESHOLDS;
  switch (status) {
    case "ahead":
      return { lower: { value: ahead, inclusive: true }, upper: null };
    case "on_track":
      return { lower: { value: onTrack, inclusive: true }, upper: { value: ahead, inclusive: false } };
    case "behind":
      return { lower: { value: behind, inclusive: true }, upper: { value: onTrack, inclusive: false } };
    case "off_track":
      return { lower: null, upper: { value: behind, inclusive: false } };
    default:
      return null;
  }
}

/**
 * The gap Δ in percentage points from the target (positive = better) that gives each status to a
 * growth rate or share, from POINT_THRESHOLDS as statusFromPoints applies them: at or better than
 * the target (Δ ≥ 0) is on track or ahead, worse is behind or off track.
 */
export function pointsInterval(status: TProgressStatus): TInterval | null {
  const { ahead, behind } = POINT_THRESHOLDS;
  switch (status) {
    case "ahead":
      return { lower: { value: ahead, inclusive: true }, upper: null };
    case "on_track":
      return { lower: { value: 0, inclusive: true }, upper: { value: ahead, inclusive: false } };
    case "behind":
      return { lower: { value: behind, inclusive: false }, upper: { value: 0, inclusive: false } };
    case "off_track":
      return { lower: null, upper: { value: behind, inclusive: true } };
    default:
      return null;
  }
}

/** "0.9 ≤ r < 1", "r ≥ 1.05", "Δ ≤ −1": numbers through `format`, a true minus sign for negatives. */
export function formatInterval(interval: TInterval, variable: string, format: (n: number) => string): string {
  const num = (n: number) => (n < 0 ? `−${format(-n)}` : format(n));
  const { lower, upper } = interval;
  if (lower && upper) return `${num(lower.value)} ${lower.inclusive ? "≤" : "<"} ${variable} ${upper.inclusive ? "≤" : "<"} ${num(upper.value)}`;
  if (lower) return `${variable} ${lower.inclusive ? "≥" : ">"} ${num(lower.value)}`;
  if (upper) return `${variable} ${upper.inclusive ? "≤" : "<"} ${num(upper.value)}`;
  return variable;
}

/** Whether x lies in the interval (for tests and for checking the worked examples against the table). */
export function isInInterval(x: number, interval: TInterval): boolean {
  const { lower, upper } = interval;
  const aboveLower = !lower || (lower.inclusive ? x >= lower.value : x > lower.value);
  const belowUpper = !upper || (upper.inclusive ? x <= upper.value : x < upper.value);
  return aboveLower && belowUpper;
}
