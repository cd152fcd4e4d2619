import { z } from "zod";
import { VALIDATION_KEYS, ZPeriod, ZYear } from "./common";
import { ZProgressStatus } from "./tracking";

/**
 * `asOf` is a month of `year` ("2020-06"); without it, the latest month with a published figure.
 * A month outside the year is refused, not quietly moved.
 */
export const ZProgressQuery = z
  .object({ year: ZYear.default(2020), asOf: ZPeriod.optional() })
  .superRefine((q, ctx) => {
    if (q.asOf !== undefined && Number(q.asOf.slice(0, 4)) !== q.year) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: VALIDATION_KEYS.asOfInYear });
    }
  });
export type TProgressQuery = z.infer<typeof ZProgressQuery>;

const ZUnitRow = z.object({
  status: ZProgressStatus,
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  ratio: z.number().nullable(),
  gapPoints: z.number().nullable(),
  projected: z.number().nullable(),
  requiredPace: z.number().nullable(),
  period: ZPeriod.nullable(),
  met: z.boolean().nullable(),
  aboveRange: z.boolean(),
});

/** One indicator's judgement as of a month, from published figures only. */
export const ZProgressRow = ZUnitRow.extend({
  code: z.string(),
  units: z.array(ZUnitRow.extend({ code: z.string() })).nullable(),
});
export type TProgressRow = z.infer<typeof ZProgressRow>;

export const ZProgressSummary = z.record(ZProgressStatus, z.number().int());

export const ZProgressList = z.object({
  year: z.number().int(),
  asOf: ZPeriod,
  summary: ZProgressSummary,
  indicators: z.array(ZProgressRow),
});
export type TProgressList = z.infer<typeof ZProgressList>;

export const ZProgressPathPoint = z.object({ period: ZPeriod, actual: z.number().nullable(), expected: z.number().nullable(), status: ZProgressStatus });

export const ZIndicatorProgress = z.object({
  code: z.string(),
  year: z.number().int(),
  target: z.object({ comparator: z.string(), value: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(), unit: z.string() }),
  months: z.array(ZProgressPathPoint),
});
export type TIndicatorProgress = z.infer<typeof ZIndicatorProgress>;
