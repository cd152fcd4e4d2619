import { z } from "zod";
import { ZComparator, ZSectionRef } from "./common";

export const ZResult = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  section: ZSectionRef,
  unit: z.string(),
  comparator: ZComparator,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** 预计: the report marks the figure as an estimate. */
  estimated: z.boolean(),
  sourceQuote: z.string(),
});
export type TResult = z.infer<typeof ZResult>;

export const ZResultList = z.object({ year: z.number().int(), results: z.array(ZResult) });
export type TResultList = z.infer<typeof ZResultList>;
