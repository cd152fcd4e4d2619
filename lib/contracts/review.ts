import { z } from "zod";
import { ZCode, ZDepartmentRef, ZPeriod, ZYear } from "./common";
import { ZFigure, ZFigureStatus, ZReturnBody, ZReviewBody } from "./figures";
import { ZProgressStatus } from "./tracking";
import { ZMilestoneReport } from "./tasks";

/** Keys of lib/i18n/validation.ts, translated by the route wrapper. */
const KEYS = { periodInYear: "validation.periodInYear", duplicateItems: "validation.duplicateItems" } as const;

/** `period` narrows the queue to one month of `year`; `department` to one bureau. */
export const ZReviewQuery = z
  .object({ year: ZYear.default(2020), department: ZCode.optional(), period: ZPeriod.optional() })
  .superRefine((q, ctx) => {
    if (q.period !== undefined && Number(q.period.slice(0, 4)) !== q.year) {
      ctx.addIssue({ code: "custom", path: ["period"], message: KEYS.periodInYear });
    }
  });
export type TReviewQuery = z.infer<typeof ZReviewQuery>;

const ZVersion = ZReviewBody.shape.version.unwrap();

/** A figure of the bureau's month, at the version the reviewer saw; `unit` for per-unit targets. */
export const ZReviewFigureItem = z.object({ code: ZCode, unit: ZCode.optional(), version: ZVersion }).strict();
/** A livelihood project's milestone due in the bureau's month ({n} of its routes). */
export const ZReviewMilestoneItem = z.object({ task: ZCode, milestone: z.number().int().min(1).max(999), version: ZVersion }).strict();
export const ZReviewItem = z.union([ZReviewFigureItem, ZReviewMilestoneItem]);
export type TReviewItem = z.infer<typeof ZReviewItem>;

export function reviewItemKey(item: TReviewItem): string {
  return "task" in item ? `milestone:${item.task}#${item.milestone}` : `figure:${item.code}/${item.unit ?? ""}`;
}

const ZItems = z
  .array(ZReviewItem)
  .min(1)
  .max(500)
  .refine((items) => new Set(items.map(reviewItemKey)).size === items.length, { message: KEYS.duplicateItems });

/**
 * A bureau's month, all of it awaiting review (no `items`) or the listed items, approved in one
 * transaction: all or nothing.
 */
export const ZBulkApproveBody = z.object({ department: ZCode, period: ZPeriod, items: ZItems.optional() }).strict();
export type TBulkApproveBody = z.infer<typeof ZBulkApproveBody>;

export const ZBulkReturnBody = ZBulkApproveBody.extend({ reason: ZReturnBody.shape.reason }).strict();
export type TBulkReturnBody = z.infer<typeof ZBulkReturnBody>;

export const ZBulkReviewResult = z.object({
  department: z.string(),
  period: ZPeriod,
  figures: z.array(ZFigure),
  milestones: z.array(ZMilestoneReport),
});
export type TBulkReviewResult = z.infer<typeof ZBulkReviewResult>;

const ZPersonRef = z.object({ login: z.string(), displayName: z.string() });

/** One entry of a figure's or milestone's history, oldest first. */
export const ZReviewHistoryEntry = z.object({
  version: z.number().int(),
  action: z.string(),
  status: ZFigureStatus,
  /** A figure's value in the display unit; null for a milestone or an empty value. */
  value: z.number().nullable(),
  /** A milestone's done date. */
  doneDate: z.iso.date().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  actor: ZPersonRef.nullable(),
  at: z.string(),
});
export type TReviewHistoryEntry = z.infer<typeof ZReviewHistoryEntry>;

/** Why the reader cannot approve or return an item (null: they can). */
export const ZReviewBlock = z.enum(["own", "not_reviewer", "locked"]).nullable();
export type TReviewBlock = z.infer<typeof ZReviewBlock>;

/** The indicator's judgement as of the queue's month, counting submitted figures. */
export const ZReviewProgress = z.object({
  status: ZProgressStatus,
  actual: z.number().nullable(),
  expected: z.number().nullable(),
});

export const ZReviewFigure = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** A per-unit target's unit; null otherwise. */
  unit: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  /** The unit the public sees (the target's). */
  displayUnit: z.string(),
  /** The unit officials type. */
  entryUnit: z.string(),
  /** The submitted working value, as typed and in the display unit. */
  value: z.object({ entered: z.number().nullable(), display: z.number().nullable() }),
  /** What the public sees for this month now (display unit), replaced on approval; null: never published. */
  published: z.object({ value: z.number().nullable(), note: z.string().nullable(), publishedAt: z.string() }).nullable(),
  /** The latest published value of an earlier month (display unit). */
  previous: z.object({ period: ZPeriod, value: z.number().nullable() }).nullable(),
  note: z.string().nullable(),
  explanation: z.string().nullable(),
  author: ZPersonRef.nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  progress: ZReviewProgress.nullable(),
  history: z.array(ZReviewHistoryEntry),
  block: ZReviewBlock,
});
export type TReviewFigure = z.infer<typeof ZReviewFigure>;

export const ZReviewMilestone = z.object({
  task: z.string(),
  taskTitleZh: z.string(),
  taskTitleEn: z.string(),
  number: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  dueDate: z.iso.date(),
  doneDate: z.iso.date().nullable(),
  /** What the public sees now; null: never published. */
  published: z.object({ doneDate: z.iso.date().nullable(), note: z.string().nullable(), publishedAt: z.string() }).nullable(),
  note: z.string().nullable(),
  author: ZPersonRef.nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  /** The project's indicator as of the month (from published milestones), when it has one. */
  progress: ZReviewProgress.nullable(),
  history: z.array(ZReviewHistoryEntry),
  block: ZReviewBlock,
});
export type TReviewMilestone = z.infer<typeof ZReviewMilestone>;

export const ZReviewGroup = z.object({
  department: ZDepartmentRef,
  period: ZPeriod,
  figures: z.array(ZReviewFigure),
  milestones: z.array(ZReviewMilestone),
});
export type TReviewGroup = z.infer<typeof ZReviewGroup>;

export const ZReviewList = z.object({
  year: z.number().int(),
  department: z.string().nullable(),
  period: ZPeriod.nullable(),
  /** Submitted items waiting, over every group. */
  total: z.number().int(),
  groups: z.array(ZReviewGroup),
});
export type TReviewList = z.infer<typeof ZReviewList>;
