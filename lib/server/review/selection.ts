import type { TFigure } from "../../contracts/figures";
import { reviewItemKey, type TReviewItem } from "../../contracts/review";
import type { TMilestoneReport } from "../../contracts/tasks";
import type { TTx } from "../db/client";
import { AppError } from "../errors";
import { FIGURE_SELECT, toFigure } from "../figures/dto";
import { MILESTONE_SELECT, toMilestoneReport } from "../tasks/dto";
import { monthBounds, type TDepartmentRow } from "./rows";

/** An item as errors name it: "gdp-growth", "rural-scenic-byway-per-county/lishu", "smart-parking#4". */
export function labelOf(item: TReviewItem): string {
  return "task" in item ? `${item.task}#${item.milestone}` : `${item.code}${item.unit ? `/${item.unit}` : ""}`;
}

interface TSelectionInput {
  year: number;
  month: number;
  period: string;
  bureau: TDepartmentRow;
  items: TReviewItem[] | undefined;
}

const byKey = (a: TReviewItem, b: TReviewItem) => reviewItemKey(a).localeCompare(reviewItemKey(b));

/** Everything of the bureau's month awaiting review, at its current versions. */
async function findWaiting(tx: TTx, { year, month, bureau }: TSelectionInput): Promise<TReviewItem[]> {
  // One query after the other: a transaction's client serves one statement at a time.
  const figures = await tx.figure.findMany({
    where: { year, month, status: "submitted", indicator: { targets: { some: { year, departmentId: bureau.id } } } },
    select: { version: true, indicator: { select: { code: true } }, unit: { select: { code: true } } },
  });
  const milestones = await tx.taskMilestone.findMany({
    where: { status: "submitted", dueDate: monthBounds(year, month), task: { year, departmentId: bureau.id } },
    select: { version: true, sortOrder: true, task: { select: { code: true } } },
  });
  const waiting: TReviewItem[] = [
    ...figures.map((f) => ({ code: f.indicator.code, ...(f.unit ? { unit: f.unit.code } : {}), version: f.version })),
    ...milestones.map((m) => ({ task: m.task.code, milestone: m.sortOrder, version: m.version })),
  ];
  return waiting.sort(byKey);
}

function notOfBureau(label: string, input: TSelectionInput): AppError {
  return new AppError("INVALID", {
    "zh-CN": `${label} 不属于${input.bureau.nameZh} ${input.year}年${input.month}月的审核数据`,
    en: `${label} is not among ${input.bureau.code}'s items for ${input.period}`,
  });
}

/** The listed items, each checked to be the bureau's (the year's lead bureau, the project's) and of the month. */
async function assertListed(tx: TTx, input: TSelectionInput, items: TReviewItem[]): Promise<void> {
  const figureCodes = items.flatMap((i) => ("task" in i ? [] : [i.code]));
  const taskCodes = items.flatMap((i) => ("task" in i ? [i.task] : []));
  const targets = await tx.target.findMany({ where: { year: input.year, indicator: { code: { in: figureCodes } } }, select: { departmentId: true, indicator: { select: { code: true } } } });
  const milestones = await tx.taskMilestone.findMany({ where: { task: { code: { in: taskCodes } } }, select: { sortOrder: true, dueDate: true, task: { select: { code: true, departmentId: true } } } });
  for (const item of items) {
    const label = labelOf(item);
    if ("task" in item) {
      const found = milestones.find((m) => m.task.code === item.task && m.sortOrder === item.milestone);
      if (!found) throw new AppError("NOT_FOUND", { "zh-CN": `未找到民生实事工作节点 ${label}`, en: `No livelihood project milestone ${label}` });
      const due = found.dueDate;
      if (found.task.departmentId !== input.bureau.id || due.getUTCFullYear() !== input.year || due.getUTCMonth() + 1 !== input.month) throw notOfBureau(label, input);
    } else {
      const found = targets.find((t) => t.indicator.code === item.code);
      if (!found) throw new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${item.code} 的 ${input.year} 年目标`, en: `No indicator ${item.code} with a ${input.year} target` });
      if (found.departmentId !== input.bureau.id) throw notOfBureau(label, input);
    }
  }
}

/**
 * What a bulk review works through: the listed items, or everything waiting; never nothing. Always
 * in one order, so two reviewers of the same month lock its rows in the same order (no deadlock:
 * the second waits, then finds the items reviewed and gets a 409).
 */
export async function findSelection(tx: TTx, input: TSelectionInput): Promise<TReviewItem[]> {
  if (input.items) {
    await assertListed(tx, input, input.items);
    return [...input.items].sort(byKey);
  }
  const waiting = await findWaiting(tx, input);
  if (waiting.length === 0) {
    throw new AppError("NOT_FOUND", {
      "zh-CN": `${input.bureau.nameZh} ${input.year}年${input.month}月没有待审核的数据`,
      en: `${input.bureau.code} has nothing awaiting review for ${input.period}`,
    });
  }
  return waiting.sort(byKey);
}

/** The current state of items that turned out stale, for the 409 (read in the refusing transaction). */
export async function findCurrent(tx: TTx, { year, month, items }: { year: number; month: number; items: TReviewItem[] }): Promise<{ figures: TFigure[]; milestones: TMilestoneReport[] }> {
  const figures: TFigure[] = [];
  const milestones: TMilestoneReport[] = [];
  for (const item of items) {
    if ("task" in item) {
      const row = await tx.taskMilestone.findFirst({ where: { task: { code: item.task }, sortOrder: item.milestone }, select: MILESTONE_SELECT });
      if (row) milestones.push(toMilestoneReport(row));
    } else {
      const row = await tx.figure.findFirst({
        where: { year, month, indicator: { code: item.code }, ...(item.unit ? { unit: { is: { code: item.unit } } } : { unitId: null }) },
        select: FIGURE_SELECT,
      });
      if (row) figures.push(toFigure(row));
    }
  }
  return { figures, milestones };
}
