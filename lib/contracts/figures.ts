import { z } from "zod";
import { ZCode, ZPeriod, type TIndicatorKind } from "./common";

/** Lengths that keep a note readable in a table and an explanation on a briefing page. */
export const NOTE_MAX = 500;
export const EXPLANATION_MAX = 2000;
export const REASON_MAX = 500;

export const ZFigureStatus = z.enum(["draft", "submitted", "approved", "returned"]);
export type TFigureStatus = z.infer<typeof ZFigureStatus>;

export const ZFigureParams = z.object({ code: ZCode, period: ZPeriod }).strict();
export type TFigureParams = z.infer<typeof ZFigureParams>;

/** `?unit=lishu`: which unit of a per-unit target the figure is for (required there, refused elsewhere). */
export const ZFigureQuery = z.object({ unit: ZCode.optional() });
export type TFigureQuery = z.infer<typeof ZFigureQuery>;

const ZVersion = z.number().int().min(1).max(2_147_483_647);
/** A write may also say 0: "I saw no figure here", so a first write that another beat is refused (409). */
const ZPutVersion = z.number().int().min(0).max(2_147_483_647);
const ZReason = z.string().trim().min(1).max(REASON_MAX);

/**
 * A figure written in the indicator's entry unit, as its basis says (stored exactly as typed). `version` is the one the writer last saw: a stale one
 * is refused (409). `reason` is needed when the figure was already approved (its published value
 * stays until the new one is approved).
 */
export const ZPutFigureBody = z
  .object({
    value: z.number().finite().nullable(),
    note: z.string().trim().max(NOTE_MAX).nullable().optional(),
    explanation: z.string().trim().max(EXPLANATION_MAX).nullable().optional(),
    version: ZPutVersion.optional(),
    reason: ZReason.optional(),
  })
  .strict();
export type TPutFigureBody = z.infer<typeof ZPutFigureBody>;

export const ZReviewBody = z.object({ version: ZVersion.optional() }).strict();
export type TReviewBody = z.infer<typeof ZReviewBody>;

export const ZReturnBody = z.object({ reason: ZReason, version: ZVersion.optional() }).strict();
export type TReturnBody = z.infer<typeof ZReturnBody>;

export const ZPeriodParams = z.object({ period: ZPeriod }).strict();
export const ZLockBody = z.object({ department: ZCode.optional(), reason: ZReason }).strict();
export type TLockBody = z.infer<typeof ZLockBody>;

const ZPublished = z.object({ value: z.number().nullable(), note: z.string().nullable(), publishedAt: z.string(), revisedAt: z.string().nullable() });
const ZPersonRef = z.object({ login: z.string(), displayName: z.string() });

/** A figure as officials and reviewers see it: the working value beside what is published. */
export const ZFigure = z.object({
  code: z.string(),
  period: ZPeriod,
  /** The unit's code for per-unit targets; null otherwise. */
  unit: z.string().nullable(),
  /** In the target's entry unit, as typed (the published value too). */
  value: z.number().nullable(),
  note: z.string().nullable(),
  explanation: z.string().nullable(),
  status: ZFigureStatus,
  version: z.number().int(),
  isDemo: z.boolean(),
  returnReason: z.string().nullable(),
  author: ZPersonRef.nullable(),
  submittedBy: ZPersonRef.nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: ZPersonRef.nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
  published: ZPublished.nullable(),
});
export type TFigure = z.infer<typeof ZFigure>;

export const ZPeriodLock = z.object({
  id: z.number().int(),
  period: ZPeriod,
  department: z.string().nullable(),
  reason: z.string(),
  lockedAt: z.string(),
  unlockedAt: z.string().nullable(),
  unlockReason: z.string().nullable(),
});
export type TPeriodLock = z.infer<typeof ZPeriodLock>;

export type TValueProblem =
  | "value.decimals"
  | "value.magnitude"
  | "value.percent"
  | "value.negative"
  | "value.growth"
  | "value.days";

const MAX_MAGNITUDE = 1e13;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What makes an entered value impossible for its kind. The value is checked as typed for what is
 * stored (six decimals, so more would be silently rounded; a bounded magnitude; whole days), and
 * in the display unit (value × entryFactor) for what it means: a share or percent done outside
 * 0–100, a negative amount, count, level or mean, a decline of more than 100%, more good-air days
 * than the month has. Growth rates may be negative. Returns null when the value is possible.
 */
export function findValueProblem(kind: TIndicatorKind, period: { year: number; month: number }, value: number, entryFactor = 1): TValueProblem | null {
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_MAGNITUDE) return "value.magnitude";
  if (Math.abs(value * 1e6 - Math.round(value * 1e6)) > 1e-6 * Math.max(1, Math.abs(value))) return "value.decimals";
  const shown = value * entryFactor;
  switch (kind) {
    case "share":
    case "milestone":
      return shown < 0 || shown > 100 ? "value.percent" : null;
    case "growth_rate":
      return shown < -100 || shown > 10_000 ? "value.growth" : null;
    case "day_count":
      return value < 0 || !Number.isInteger(value) || shown > daysInMonth(period.year, period.month) ? "value.days" : null;
    case "cumulative":
    case "level":
    case "average":
      return value < 0 ? "value.negative" : null;
  }
}
