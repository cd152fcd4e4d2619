import { EPSILON } from "./met-rules";
import type { TProgressStatus } from "./types";

/** r = actual / expected (expected / actual when lower is better). */
export const RATIO_THRESHOLDS = { ahead: 1.05, onTrack: 1, behind: 0.9 } as const;
/** Growth rates and shares: percentage points from the target (positive = better). */
export const POINT_THRESHOLDS = { ahead: 1, behind: -1 } as const;

export interface TStatusRule {
  nameZh: string;
  nameEn: string;
  zh: string;
  en: string;
}

/** Every status with the numbers behind it, for the methodology page and the API. */
export const STATUS_RULES: Readonly<Record<TProgressStatus, TStatusRule>> = {
  achieved: {
    nameZh: "已完成",
    nameEn: "Achieved",
    zh: "目标已经完成且不会再变：累计类指标已达到全年目标，或全年数据齐全且达到目标。",
    en: "The target is met for good: a cumulative amount has reached the year's number, or the complete year meets it.",
  },
  ahead: {
    nameZh: "超进度",
    nameEn: "Ahead",
    zh: "完成率 r ≥ 1.05（r = 实际 ÷ 时序进度，越低越好的指标取倒数）；增速和比重高于目标1个百分点及以上。",
    en: "r ≥ 1.05 (r = actual ÷ expected by now, inverted when lower is better); growth rates and shares 1 percentage point or more better than the target.",
  },
  on_track: {
    nameZh: "达进度",
    nameEn: "On track",
    zh: "1 ≤ r < 1.05；增速和比重达到目标，但高出不足1个百分点。",
    en: "1 ≤ r < 1.05; growth rates and shares at the target or better by less than 1 percentage point.",
  },
  behind: {
    nameZh: "欠进度",
    nameEn: "Behind",
    zh: "0.9 ≤ r < 1；增速和比重低于目标不足1个百分点。全年数据齐全但未完成的指标，最好也只算欠进度。",
    en: "0.9 ≤ r < 1; growth rates and shares worse than the target by less than 1 percentage point. A complete year that misses its target is at best behind.",
  },
  off_track: {
    nameZh: "严重滞后",
    nameEn: "Off track",
    zh: "r < 0.9；增速和比重低于目标1个百分点及以上；或目标已无法完成（如剩余天数不够、上限已被突破）。",
    en: "r < 0.9; growth rates and shares 1 percentage point or more worse than the target; or the target can no longer be met (too few days left, a ceiling already broken).",
  },
  no_data: {
    nameZh: "暂无数据",
    nameEn: "No data",
    zh: "截至所选月份，尚无应报或已发布的数据。",
    en: "Nothing is due or published yet as of the chosen month.",
  },
};

/** Worst first: the status of a per-unit target is its worst unit's. */
export const STATUS_ORDER: readonly TProgressStatus[] = ["off_track", "behind", "no_data", "on_track", "ahead", "achieved"];

export function rankOf(status: TProgressStatus): number {
  return STATUS_ORDER.indexOf(status);
}

export function worstOf(statuses: readonly TProgressStatus[]): TProgressStatus {
  return statuses.reduce<TProgressStatus>((worst, s) => (rankOf(s) < rankOf(worst) ? s : worst), "achieved");
}

export function statusFromRatio(ratio: number): TProgressStatus {
  if (ratio >= RATIO_THRESHOLDS.ahead - EPSILON) return "ahead";
  if (ratio >= RATIO_THRESHOLDS.onTrack - EPSILON) return "on_track";
  if (ratio >= RATIO_THRESHOLDS.behind - EPSILON) return "behind";
  return "off_track";
}

/** `atOrBetter`: the rule for met (or the expected path) is satisfied; strict `<` at exactly 0 is not. */
export function statusFromPoints(gap: number, atOrBetter: boolean): TProgressStatus {
  if (atOrBetter) return gap >= POINT_THRESHOLDS.ahead - EPSILON ? "ahead" : "on_track";
  return gap > POINT_THRESHOLDS.behind + EPSILON ? "behind" : "off_track";
}

/** A complete year that misses its target is never on track or ahead. */
export function capAtBehind(status: TProgressStatus): TProgressStatus {
  return rankOf(status) > rankOf("behind") ? "behind" : status;
}
