import type { TMilestoneReport } from "../../contracts/tasks";
import type { FigureStatus } from "../db/generated/enums";
import { toIsoDay } from "../db/mappers";

const PERSON = { select: { login: true, displayName: true } } as const;

export const MILESTONE_SELECT = {
  id: true,
  sortOrder: true,
  titleZh: true,
  titleEn: true,
  dueDate: true,
  doneDate: true,
  note: true,
  status: true,
  version: true,
  isDemo: true,
  returnReason: true,
  authorId: true,
  author: PERSON,
  submittedBy: PERSON,
  submittedAt: true,
  reviewedBy: PERSON,
  reviewedAt: true,
  updatedAt: true,
  publishedDoneDate: true,
  publishedNote: true,
  publishedAt: true,
  task: { select: { code: true } },
} as const;

type TPerson = { login: string; displayName: string } | null;

export interface TMilestoneRow {
  id: number;
  sortOrder: number;
  titleZh: string;
  titleEn: string;
  dueDate: Date;
  doneDate: Date | null;
  note: string | null;
  status: FigureStatus | null;
  version: number;
  isDemo: boolean;
  returnReason: string | null;
  authorId: number | null;
  author: TPerson;
  submittedBy: TPerson;
  submittedAt: Date | null;
  reviewedBy: TPerson;
  reviewedAt: Date | null;
  updatedAt: Date;
  publishedDoneDate: Date | null;
  publishedNote: string | null;
  publishedAt: Date | null;
  task: { code: string };
}

/** The working state beside the published one, for officials and reviewers (never for the public). */
export function toMilestoneReport(row: TMilestoneRow): TMilestoneReport {
  return {
    task: row.task.code,
    number: row.sortOrder,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    dueDate: toIsoDay(row.dueDate),
    doneDate: row.doneDate ? toIsoDay(row.doneDate) : null,
    note: row.note,
    status: row.status,
    version: row.version,
    isDemo: row.isDemo,
    returnReason: row.returnReason,
    author: row.author,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    published: row.publishedAt
      ? { doneDate: row.publishedDoneDate ? toIsoDay(row.publishedDoneDate) : null, note: row.publishedNote, publishedAt: row.publishedAt.toISOString() }
      : null,
  };
}

/** Today's date in China (Asia/Shanghai), as "YYYY-MM-DD": the day a done date may not be after. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function fromIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
