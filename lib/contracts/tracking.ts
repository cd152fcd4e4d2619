import { z } from "zod";

/**
 * How a target is tracked month by month: what one figure means, how often it comes, and the
 * expected path through the year. Shared by the seed, the database layer, the API and the
 * progress engine (lib/progress), so the meaning of a figure lives in data, not in comments.
 */

/** What one monthly figure is. */
export const ZBasis = z.enum([
  /** year-to-date total (cumulative amounts entered as a running total) */
  "ytd_total",
  /** this month's amount (cumulative amounts entered month by month) */
  "month_amount",
  /** year-to-date growth rate, % (统计局 累计增速) */
  "ytd_rate",
  /** the value at month end (levels, shares) */
  "current",
  /** the month's mean (PM2.5) */
  "month_mean",
  /** days this month (good-air days) */
  "month_count",
  /** percent of a project done, 0–100 */
  "percent_done",
]);
export type TBasis = z.infer<typeof ZBasis>;

/**
 * monthly: a figure each month; quarterly: figures due in months 3, 6, 9, 12 (GDP);
 * first_month: one figure, due in January, that stands for the year.
 */
export const ZFrequency = z.enum(["monthly", "quarterly", "first_month"]);
export type TFrequency = z.infer<typeof ZFrequency>;

/** The report's hedge: 力争 (aspirational) or 确保 (guaranteed). Shown; never changes the rule for met. */
export const ZHedge = z.enum(["aspirational", "guaranteed"]);
export type THedge = z.infer<typeof ZHedge>;

export const SCHEDULE_ISSUES = {
  length: "schedule.length",
  range: "schedule.range",
  order: "schedule.order",
  end: "schedule.end",
} as const;

/**
 * A schedule profile: the cumulative share of the year's work due by the end of each month,
 * 12 numbers in [0, 1], non-decreasing, the last exactly 1. For averages it is the share of the
 * year's total (mean × days); for milestones the share of the project.
 */
export const ZScheduleProfile = z
  .array(z.number().finite().min(0, { error: SCHEDULE_ISSUES.range }).max(1, { error: SCHEDULE_ISSUES.range }))
  .length(12, { error: SCHEDULE_ISSUES.length })
  .superRefine((shares, ctx) => {
    for (let i = 1; i < shares.length; i += 1) {
      if ((shares[i] ?? 0) < (shares[i - 1] ?? 0)) ctx.addIssue({ code: "custom", path: [i], message: SCHEDULE_ISSUES.order });
    }
    if (shares.length === 12 && shares[11] !== 1) ctx.addIssue({ code: "custom", path: [11], message: SCHEDULE_ISSUES.end });
  });
export type TScheduleProfile = z.infer<typeof ZScheduleProfile>;

/** One unit of a per-unit target (三个县(市)各完成100公里): its code and its own number. */
export const ZTargetUnit = z.object({
  code: z.string().min(1).max(80),
  value: z.number().finite(),
});
export type TTargetUnit = z.infer<typeof ZTargetUnit>;

/** 已完成 · 超进度 · 达进度 · 欠进度 · 严重滞后 · 暂无数据 */
export const ZProgressStatus = z.enum(["achieved", "ahead", "on_track", "behind", "off_track", "no_data"]);
export type TProgressStatus = z.infer<typeof ZProgressStatus>;
