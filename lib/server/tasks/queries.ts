import { computeTaskProgress } from "../../contracts/tasks-progress";
import type { TTask } from "../../contracts/tasks";
import type { TDbClient } from "../db/client";
import { toIsoDay, toNumber } from "../db/mappers";

/**
 * What the public sees of a milestone: its plan and its published report only. The working done
 * date, note and status are never selected here, so they cannot leak into a public answer.
 */
const PUBLIC_MILESTONE_SELECT = {
  sortOrder: true,
  titleZh: true,
  titleEn: true,
  dueDate: true,
  publishedDoneDate: true,
  publishedNote: true,
  publishedAt: true,
  isDemo: true,
} as const;

const TASK_SELECT = {
  code: true,
  number: true,
  titleZh: true,
  titleEn: true,
  quantity: true,
  unit: true,
  sourceQuote: true,
  department: { select: { code: true, nameZh: true, nameEn: true } },
  indicator: { select: { code: true } },
  milestones: { select: PUBLIC_MILESTONE_SELECT, orderBy: { sortOrder: "asc" } },
} as const;

/**
 * The livelihood projects (民生实事) of `year`, numbered as in the report, with percent and status
 * computed from the published milestones as of `asOf` ("YYYY-MM-DD").
 */
export async function listTasks(db: TDbClient, { year, asOf }: { year: number; asOf: string }): Promise<TTask[]> {
  const rows = await db.task.findMany({ where: { year }, select: TASK_SELECT, orderBy: { number: "asc" } });
  return rows.map(({ indicator, milestones, quantity, ...task }) => {
    const published = milestones.map((m) => ({
      number: m.sortOrder,
      titleZh: m.titleZh,
      titleEn: m.titleEn,
      dueDate: toIsoDay(m.dueDate),
      doneDate: m.publishedAt && m.publishedDoneDate ? toIsoDay(m.publishedDoneDate) : null,
      note: m.publishedAt ? m.publishedNote : null,
      // A demo mark belongs to what is shown: a milestone never published shows nothing synthetic.
      isDemo: m.isDemo && m.publishedAt !== null,
    }));
    const { status, progressPercent } = computeTaskProgress(published, asOf);
    return {
      ...task,
      indicatorCode: indicator?.code ?? null,
      quantity: toNumber(quantity),
      status,
      progressPercent,
      isDemo: published.some((m) => m.isDemo),
      milestones: published,
    };
  });
}
