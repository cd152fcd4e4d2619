import type { TSectionRef } from "../../contracts/common";
import type { TDbClient } from "../db/client";

/** The report's sections for `year`, in the report's order. */
export async function listSections(db: TDbClient, { year }: { year: number }): Promise<TSectionRef[]> {
  return db.section.findMany({
    where: { year },
    select: { code: true, nameZh: true, nameEn: true },
    orderBy: { sortOrder: "asc" },
  });
}
