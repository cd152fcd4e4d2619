import { z } from "zod";

/**
 * Validation messages that need the caller's language carry a key from lib/i18n/validation.ts;
 * the route wrapper translates them (contracts import only zod).
 */
export const VALIDATION_KEYS = {
  year: "validation.year",
  code: "validation.code",
  period: "validation.period",
  asOfInYear: "validation.asOfInYear",
} as const;

/**
 * The report year a request is about. Query strings arrive as text: exactly four digits, so that
 * forms Number() would accept ("2.02e3", "0x7e4", " 2020 ") are refused rather than read as 2020.
 */
export const ZYear = z.preprocess(
  (value) => (typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : value),
  z
    .number({ error: VALIDATION_KEYS.year })
    .int({ error: VALIDATION_KEYS.year })
    .min(2000, { error: VALIDATION_KEYS.year })
    .max(2100, { error: VALIDATION_KEYS.year }),
);

export const ZYearQuery = z.object({ year: ZYear.default(2020) });
export type TYearQuery = z.infer<typeof ZYearQuery>;

/** Indicator, result and task codes: kebab-case ASCII. */
export const ZCode = z
  .string({ error: VALIDATION_KEYS.code })
  .max(80, { error: VALIDATION_KEYS.code })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: VALIDATION_KEYS.code });

export const ZCodeParams = z.object({ code: ZCode }).strict();
export type TCodeParams = z.infer<typeof ZCodeParams>;

/** A month as "YYYY-MM". */
export const ZPeriod = z.string({ error: VALIDATION_KEYS.period }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: VALIDATION_KEYS.period });

/** 以上/超过 ">=", 以内/控制在 "<=", 负增长 "<", 5%—6% "range", 左右 "about". */
export const ZComparator = z.enum([">=", "<=", "<", "=", "about", "range"]);
export type TComparator = z.infer<typeof ZComparator>;

/** A number as the report states it: `value` for a single number, `min`/`max` for a range, else null. */
export const ZAmount = z.object({
  comparator: ZComparator,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const ZIndicatorKind = z.enum(["growth_rate", "cumulative", "level", "share", "average", "day_count", "milestone"]);
export type TIndicatorKind = z.infer<typeof ZIndicatorKind>;

export const ZDirection = z.enum(["higher_is_better", "lower_is_better"]);
export type TDirection = z.infer<typeof ZDirection>;

export const ZSectionRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
export type TSectionRef = z.infer<typeof ZSectionRef>;

export const ZDepartmentRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
export type TDepartmentRef = z.infer<typeof ZDepartmentRef>;

/** The API's one error shape; some errors add fields (`allow` on 405, `current` on 409, `rows` on an import's 400). */
export const ZErrorBody = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;
