import type { TSectionRef } from "../../contracts/common";
import { getDb } from "../db/client";

/** The report's sections for `year`, in the report's order. */
export async function listSections({ year }: { year: number }): Promise<TSectionRef[]> {
  return getDb().section.findMany({
    where: { year },
    select: { code: true, nameZh: true, nameEn: true },
    orderBy: { sortOrder: "asc" },
  });
}
