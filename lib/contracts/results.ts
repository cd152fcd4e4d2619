import { z } from "zod";
import { ZAmount, ZSectionRef, ZYear } from "./common";

/** Results are the previous year's: 2019 for the 2020 report. */
export const ZResultsQuery = z.object({ year: ZYear.default(2019) });
export type TResultsQuery = z.infer<typeof ZResultsQuery>;

export const ZResult = ZAmount.extend({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  section: ZSectionRef,
  unit: z.string(),
  /** 预计: the report marks the figure as an estimate. */
  estimated: z.boolean(),
  sourceQuote: z.string(),
});
export type TResult = z.infer<typeof ZResult>;

export const ZResultList = z.object({ year: z.number().int(), results: z.array(ZResult) });
export type TResultList = z.infer<typeof ZResultList>;
