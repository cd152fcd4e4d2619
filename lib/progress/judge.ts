import type { TAggregate } from "./aggregate";
import { daysInYear } from "./calendar";
import { EPSILON, isFloorRule, isPointKind, type TMetResult } from "./met-rules";
import { hasSchedule, isAccumulating } from "./schedule";
import { capAtBehind, rankOf, statusFromPoints, statusFromRatio } from "./status-rules";
import type { TDirection, TEngineTarget, TProgressStatus } from "./types";

export interface TJudgeInput {
  target: TEngineTarget;
  goal: number;
  agg: TAggregate & { period: number; actual: number };
  met: TMetResult;
}

export interface TJudgement {
  status: TProgressStatus;
  expected: number;
  ratio: number | null;
  gapPoints: number | null;
  projected: number | null;
  requiredPace: number | null;
}

/** What the schedule expects by the latest figure: the target itself where no path applies. */
export function expectedNow({ target, goal, agg }: TJudgeInput): number {
  if (!hasSchedule(target)) return goal;
  if (target.kind === "average") return agg.coveredDays > 0 ? (goal * daysInYear(target.year) * agg.covered) / agg.coveredDays : goal;
  return goal * agg.covered;
}

/** r = actual / expected, inverted when lower is better; where the ratio means nothing (a zero or negative base) the sign of the difference decides. */
export function ratioStatus(actual: number, expected: number, direction: TDirection): { ratio: number | null; status: TProgressStatus } {
  const sign = direction === "higher_is_better" ? 1 : -1;
  const hasRatio = expected > EPSILON && (direction === "higher_is_better" || actual > EPSILON);
  if (hasRatio) {
    const ratio = direction === "higher_is_better" ? actual / expected : expected / actual;
    return { ratio, status: statusFromRatio(ratio) };
  }
  const diff = sign * (actual - expected);
  return { ratio: null, status: diff > EPSILON ? "ahead" : diff >= -EPSILON ? "on_track" : "off_track" };
}

/** The year-end value the pace so far leads to, following the schedule's remaining shares. */
export function projectedValue({ target, agg }: TJudgeInput): number | null {
  if (!hasSchedule(target) || agg.complete) return agg.actual;
  if (agg.covered <= EPSILON) return null;
  const year = daysInYear(target.year);
  if (target.kind === "average") return (agg.actual * agg.coveredDays) / agg.covered / year;
  const projected = agg.actual / agg.covered;
  if (target.basis === "percent_done" || target.kind === "share") return Math.min(projected, 100);
  if (target.basis === "month_count") return Math.min(projected, year);
  return projected;
}

/** What each remaining month must bring: an amount, days, percent done, or (for averages) the mean to keep. */
export function requiredPaceOf({ target, goal, agg }: TJudgeInput): number | null {
  if (!hasSchedule(target) || agg.complete || agg.remainingMonths === 0) return null;
  if (target.kind === "average") {
    return agg.remainingDays > 0 ? (goal * daysInYear(target.year) - agg.actual * agg.coveredDays) / agg.remainingDays : null;
  }
  if (isPointKind(target.kind) || target.kind === "level") return null;
  return (goal - agg.actual) / agg.remainingMonths;
}

/** Growth rates and shares: the gap in percentage points decides. */
export function judgePoints(input: TJudgeInput): TJudgement {
  const { target, agg, met } = input;
  const expected = expectedNow(input);
  const sign = target.direction === "higher_is_better" ? 1 : -1;
  const gapPoints = Math.round(sign * (agg.actual - expected) * 1e9) / 1e9;
  const atOrBetter = hasSchedule(target) ? gapPoints >= 0 : met.met;
  return { status: statusFromPoints(gapPoints, atOrBetter), expected, ratio: null, gapPoints, projected: projectedValue(input), requiredPace: null };
}

/** Amounts, counts, means, levels and milestones: the ratio to the expected path decides. */
export function judgeRatio(input: TJudgeInput): TJudgement {
  const { target, agg, met } = input;
  const expected = expectedNow(input);
  const { ratio, status: byRatio } = ratioStatus(agg.actual, expected, target.direction);
  let status = byRatio;
  if (!hasSchedule(target)) {
    // A level is judged against the target itself, so the rule for met (左右, strict <) has the last word.
    if (met.met && rankOf(status) < rankOf("on_track")) status = "on_track";
    if (!met.met && rankOf(status) > rankOf("behind")) status = "behind";
  }
  return { status, expected, ratio, gapPoints: null, projected: projectedValue(input), requiredPace: requiredPaceOf(input) };
}

/** Judgements no ratio can make: met or missed for good, or no longer reachable. */
export function finalStatus(input: TJudgeInput, judged: TJudgement): TProgressStatus {
  const { target, goal, agg, met } = input;
  if (agg.complete) return met.met ? "achieved" : capAtBehind(judged.status);
  if (isAccumulating(target.basis) && hasSchedule(target)) {
    if (isFloorRule(target) && met.met) return "achieved";
    if (!isFloorRule(target) && !met.met) return "off_track";
  }
  const higherFloor = isFloorRule(target) && target.direction === "higher_is_better";
  if (target.basis === "month_count" && higherFloor && goal - agg.actual > agg.remainingDays + EPSILON) return "off_track";
  if (target.kind === "average" && !isFloorRule(target) && judged.requiredPace !== null && judged.requiredPace < 0) return "off_track";
  return judged.status;
}
