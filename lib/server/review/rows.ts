import type { TDbClient } from "../db/client";

const PERSON = { select: { login: true, displayName: true } } as const;
const DEPARTMENT = { select: { id: true, code: true, nameZh: true, nameEn: true, sortOrder: true } } as const;

export interface TDepartmentRow {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}

/** Which submitted items: a year, and optionally one month and one bureau (the year's lead bureau). */
export interface TQueueScope {
  year: number;
  month?: number;
  departmentId?: number;
}

function figureSelect(year: number) {
  return {
    id: true,
    month: true,
    value: true,
    note: true,
    explanation: true,
    version: true,
    isDemo: true,
    authorId: true,
    author: PERSON,
    submittedAt: true,
    publishedValue: true,
    publishedNote: true,
    publishedAt: true,
    unitId: true,
    unit: { select: { code: true, nameZh: true, nameEn: true, sortOrder: true } },
    indicator: {
      select: {
        id: true,
        code: true,
        nameZh: true,
        nameEn: true,
        unit: true,
        sortOrder: true,
        targets: { where: { year }, select: { departmentId: true, entryUnit: true, entryFactor: true, department: DEPARTMENT } },
      },
    },
    revisions: { orderBy: { version: "asc" }, select: { version: true, action: true, status: true, value: true, note: true, reason: true, createdAt: true, actor: PERSON } },
  } as const;
}

/** Submitted figures in scope; the bureau is the target's of the figure's year, never the request's. */
export async function loadSubmittedFigures(db: TDbClient, scope: TQueueScope) {
  return db.figure.findMany({
    where: {
      year: scope.year,
      status: "submitted",
      ...(scope.month ? { month: scope.month } : {}),
      indicator: { targets: { some: { year: scope.year, ...(scope.departmentId ? { departmentId: scope.departmentId } : {}) } } },
    },
    select: figureSelect(scope.year),
    orderBy: [{ month: "asc" }, { indicator: { sortOrder: "asc" } }, { unit: { sortOrder: "asc" } }],
  });
}
export type TFigureQueueRow = Awaited<ReturnType<typeof loadSubmittedFigures>>[number];
export type TFigureQueueTarget = TFigureQueueRow["indicator"]["targets"][number];

const MILESTONE_SELECT = {
  id: true,
  sortOrder: true,
  titleZh: true,
  titleEn: true,
  dueDate: true,
  doneDate: true,
  note: true,
  version: true,
  isDemo: true,
  authorId: true,
  author: PERSON,
  submittedAt: true,
  publishedDoneDate: true,
  publishedNote: true,
  publishedAt: true,
  task: { select: { code: true, number: true, titleZh: true, titleEn: true, departmentId: true, department: DEPARTMENT, indicator: { select: { code: true } } } },
  revisions: { orderBy: { version: "asc" }, select: { version: true, action: true, status: true, doneDate: true, note: true, reason: true, createdAt: true, actor: PERSON } },
} as const;

/** The first day of a month and of the next, as DATE bounds. */
export function monthBounds(year: number, month: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, month - 1, 1)), lt: new Date(Date.UTC(year, month, 1)) };
}

/** Submitted milestones in scope; a milestone belongs to the month it is due in. */
export async function loadSubmittedMilestones(db: TDbClient, scope: TQueueScope) {
  return db.taskMilestone.findMany({
    where: {
      status: "submitted",
      task: { year: scope.year, ...(scope.departmentId ? { departmentId: scope.departmentId } : {}) },
      dueDate: scope.month ? monthBounds(scope.year, scope.month) : { gte: new Date(Date.UTC(scope.year, 0, 1)), lt: new Date(Date.UTC(scope.year + 1, 0, 1)) },
    },
    select: MILESTONE_SELECT,
    orderBy: [{ dueDate: "asc" }, { task: { number: "asc" } }, { sortOrder: "asc" }],
  });
}
export type TMilestoneQueueRow = Awaited<ReturnType<typeof loadSubmittedMilestones>>[number];

/** The published figures of the year for these indicators, for "the latest published value of an earlier month". */
export async function loadPublished(db: TDbClient, year: number, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db.figure.findMany({
    where: { year, indicatorId: { in: indicatorIds }, publishedAt: { not: null } },
    select: { indicatorId: true, unitId: true, month: true, publishedValue: true },
  });
}
export type TPublishedRow = Awaited<ReturnType<typeof loadPublished>>[number];
