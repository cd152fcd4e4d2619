import { z } from "zod";
import { ZAmount, ZDepartmentRef, ZDirection, ZIndicatorKind, ZPeriod, ZSectionRef } from "./common";
import { ZBasis, ZFrequency, ZHedge, ZScheduleProfile } from "./tracking";

export const ZTarget = ZAmount.extend({
  year: z.number().int(),
  sourceQuote: z.string(),
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

/** One unit of a per-unit target (三个县(市)各完成100公里) with its own number, in the indicator's unit. */
export const ZIndicatorUnit = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), value: z.number() });
export type TIndicatorUnit = z.infer<typeof ZIndicatorUnit>;

/**
 * An indicator with its target of the year asked for. Section and department are the year's (a
 * later report may move an indicator or give it another lead bureau). `basis`, `frequency`,
 * `entryUnit` and `entryFactor` say what a written figure is: a value typed in `entryUnit` is shown
 * in `unit` as value × entryFactor.
 */
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
  basis: ZBasis,
  frequency: ZFrequency,
  entryUnit: z.string(),
  entryFactor: z.number().positive(),
  /** 力争 aspirational, 确保 guaranteed, as the report words it; null when it says neither. */
  hedge: ZHedge.nullable(),
  /** 12 cumulative shares for cumulative, day_count, average and milestone targets; null otherwise. */
  schedule: ZScheduleProfile.nullable(),
  /** Per-unit targets: every unit must meet its own number; null otherwise. */
  units: z.array(ZIndicatorUnit).nullable(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZIndicatorList = z.object({ year: z.number().int(), indicators: z.array(ZIndicator) });
export type TIndicatorList = z.infer<typeof ZIndicatorList>;

/** A published (approved) monthly figure, in the indicator's display unit. */
export const ZPublishedFigure = z.object({
  period: ZPeriod,
  /** The unit's code for per-unit targets; null otherwise. */
  unit: z.string().nullable(),
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
  unit: z.string().nullable(),
  previousValue: z.number().nullable(),
  value: z.number().nullable(),
  note: z.string().nullable(),
  publishedAt: z.string(),
});
export type TPublicRevision = z.infer<typeof ZPublicRevision>;

export const ZIndicatorDetail = ZIndicator.extend({ year: z.number().int(), figures: z.array(ZPublishedFigure), revisions: z.array(ZPublicRevision) });
export type TIndicatorDetail = z.infer<typeof ZIndicatorDetail>;
