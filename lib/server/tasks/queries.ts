import type { TTask } from "../../contracts/tasks";
import type { TDbClient } from "../db/client";
import { toIsoDay, toNumber } from "../db/mappers";

/** The livelihood projects (民生实事) of `year`, numbered as in the report. */
export async function listTasks(db: TDbClient, { year }: { year: number }): Promise<TTask[]> {
  const rows = await db.task.findMany({
    where: { year },
    select: {
      code: true,
      number: true,
      titleZh: true,
      titleEn: true,
      quantity: true,
      unit: true,
      status: true,
      progressPercent: true,
      isDemo: true,
      sourceQuote: true,
      department: { select: { code: true, nameZh: true, nameEn: true } },
      indicator: { select: { code: true } },
      milestones: {
        select: { titleZh: true, titleEn: true, dueDate: true, doneDate: true },
        orderBy: { sortOrder: "asc" },
      },
    },
    orderBy: { number: "asc" },
  });
  return rows.map(({ indicator, milestones, quantity, ...task }) => ({
    ...task,
    indicatorCode: indicator?.code ?? null,
    quantity: toNumber(quantity),
    milestones: milestones.map((m) => ({
      titleZh: m.titleZh,
      titleEn: m.titleEn,
      dueDate: toIsoDay(m.dueDate),
      doneDate: m.doneDate ? toIsoDay(m.doneDate) : null,
    })),
  }));
}
