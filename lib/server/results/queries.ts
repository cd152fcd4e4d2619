import type { TResult } from "../../contracts/results";
import type { TDbClient } from "../db/client";
import { toComparator, toNumber } from "../db/mappers";

/** The report's quantitative results for `year`, in the order the report states them. */
export async function listResults(db: TDbClient, { year }: { year: number }): Promise<TResult[]> {
  const rows = await db.result.findMany({
    where: { year },
    select: {
      code: true,
      nameZh: true,
      nameEn: true,
      unit: true,
      comparator: true,
      value: true,
      min: true,
      max: true,
      estimated: true,
      sourceQuote: true,
      section: { select: { code: true, nameZh: true, nameEn: true } },
    },
    orderBy: [{ section: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
  return rows.map((r) => ({
    ...r,
    comparator: toComparator(r.comparator),
    value: toNumber(r.value),
    min: toNumber(r.min),
    max: toNumber(r.max),
  }));
}
