import { z } from "zod";
import { ZAmount, ZDepartmentRef, ZDirection, ZIndicatorKind, ZPeriod, ZSectionRef } from "./common";

export const ZSchedule = z.object({
  kind: z.enum(["linear", "profile"]),
  /** Cumulative share of the year's work due by each month end; null when linear. */
  cumulative: z.array(z.number()).length(12).nullable(),
});

export const ZTarget = ZAmount.extend({
  year: z.number().int(),
  sourceQuote: z.string(),
  schedule: ZSchedule,
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZBaseline = ZAmount.extend({
  year: z.number().int(),
  code: z.string(),
  unit: z.string(),
  estimated: z.boolean(),
  comparable: z.boolean(),
  noteZh: z.string().nullable(),
  noteEn: z.string().nullable(),
  sourceQuote: z.string(),
});
export type TBaseline = z.infer<typeof ZBaseline>;

export const ZIndicator = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  section: ZSectionRef,
  department: ZDepartmentRef,
  kind: ZIndicatorKind,
  unit: z.string(),
  direction: ZDirection,
  target: ZTarget,
  baseline: ZBaseline.nullable(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZIndicatorList = z.object({ year: z.number().int(), indicators: z.array(ZIndicator) });
export type TIndicatorList = z.infer<typeof ZIndicatorList>;

/** A published (approved) monthly figure. */
export const ZPublishedFigure = z.object({
  period: ZPeriod,
  value: z.number().nullable(),
  note: z.string().nullable(),
  /** When the value shown was approved. */
  publishedAt: z.string(),
  /** When a published value was replaced by a newer published one; null if never revised. */
  revisedAt: z.string().nullable(),
  isDemo: z.boolean(),
});
export type TPublishedFigure = z.infer<typeof ZPublishedFigure>;

/** One entry of the public revision log: a published value replaced by a newer published one. */
export const ZPublicRevision = z.object({
  period: ZPeriod,
  previousValue: z.number().nullable(),
  value: z.number().nullable(),
  note: z.string().nullable(),
  publishedAt: z.string(),
});
export type TPublicRevision = z.infer<typeof ZPublicRevision>;

export const ZIndicatorDetail = ZIndicator.extend({ year: z.number().int(), figures: z.array(ZPublishedFigure), revisions: z.array(ZPublicRevision) });
export type TIndicatorDetail = z.infer<typeof ZIndicatorDetail>;
