import { z } from "zod";
import { ZCode, ZDepartmentRef, ZPeriod, ZYear } from "./common";
import { NOTE_MAX, ZFigureStatus, ZReturnBody, ZReviewBody } from "./figures";

export const ZTaskStatus = z.enum(["not_started", "in_progress", "completed", "delayed"]);
export type TTaskStatus = z.infer<typeof ZTaskStatus>;

/** A milestone as the public sees it: `doneDate` and `note` are the approved (published) ones. */
export const ZMilestone = z.object({
  /** 1-based position in the project's plan: the {n} of /api/v1/tasks/{code}/milestones/{n}. */
  number: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  dueDate: z.iso.date(),
  doneDate: z.iso.date().nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

/** `status` and `progressPercent` are computed from the published milestones as of the list's `asOf` (lib/contracts/tasks-progress.ts). */
export const ZTask = z.object({
  code: z.string(),
  number: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  department: ZDepartmentRef,
  indicatorCode: z.string().nullable(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  status: ZTaskStatus,
  progressPercent: z.number().int().min(0).max(100),
  /** Some published milestone state is synthetic (演示数据). */
  isDemo: z.boolean(),
  sourceQuote: z.string(),
  milestones: z.array(ZMilestone),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskList = z.object({ year: z.number().int(), asOf: z.iso.date(), tasks: z.array(ZTask) });
export type TTaskList = z.infer<typeof ZTaskList>;

/** A day "YYYY-MM-DD" or a month "YYYY-MM" (its last day). */
const ZAsOf = z.union([z.iso.date(), ZPeriod]);

/** `asOf` defaults to today (China time) within the year: before it, 1 January; after it, 31 December. */
export const ZTaskListQuery = z
  .object({ year: ZYear.default(2020), asOf: ZAsOf.optional() })
  .refine((q) => q.asOf === undefined || q.asOf.startsWith(`${q.year}-`), { path: ["asOf"], message: "应在所查询的年度内 / must lie within the requested year" });
export type TTaskListQuery = z.infer<typeof ZTaskListQuery>;

export const ZMilestoneParams = z
  .object({
    code: ZCode,
    n: z
      .string()
      .regex(/^[1-9]\d{0,2}$/)
      .transform(Number),
  })
  .strict();
export type TMilestoneParams = z.infer<typeof ZMilestoneParams>;

/**
 * The working done date of a milestone (null: not done). `version` is the one the writer last saw
 * (a stale one gives 409); `reason` is needed to reopen an approved milestone, whose published
 * date stays until the new state is approved.
 */
export const ZPutMilestoneBody = z
  .object({
    doneDate: z.iso.date().nullable(),
    note: z.string().trim().max(NOTE_MAX).nullable().optional(),
    version: ZReviewBody.shape.version,
    reason: ZReturnBody.shape.reason.optional(),
  })
  .strict();
export type TPutMilestoneBody = z.infer<typeof ZPutMilestoneBody>;

export const ZMilestoneStatus = ZFigureStatus;
const ZPersonRef = z.object({ login: z.string(), displayName: z.string() });

/** A milestone as officials and reviewers see it: the working state beside the published one. */
export const ZMilestoneReport = z.object({
  task: z.string(),
  number: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  dueDate: z.iso.date(),
  doneDate: z.iso.date().nullable(),
  note: z.string().nullable(),
  /** null: nothing reported yet. */
  status: ZMilestoneStatus.nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  returnReason: z.string().nullable(),
  author: ZPersonRef.nullable(),
  submittedBy: ZPersonRef.nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: ZPersonRef.nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
  published: z.object({ doneDate: z.iso.date().nullable(), note: z.string().nullable(), publishedAt: z.string() }).nullable(),
});
export type TMilestoneReport = z.infer<typeof ZMilestoneReport>;
