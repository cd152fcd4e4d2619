import { z } from "zod";
import { ZDepartmentRef } from "./common";

export const ZTaskStatus = z.enum(["not_started", "in_progress", "completed", "delayed"]);
export type TTaskStatus = z.infer<typeof ZTaskStatus>;

export const ZMilestone = z.object({
  titleZh: z.string(),
  titleEn: z.string(),
  dueDate: z.iso.date(),
  doneDate: z.iso.date().nullable(),
});

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
  isDemo: z.boolean(),
  sourceQuote: z.string(),
  milestones: z.array(ZMilestone),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskList = z.object({ year: z.number().int(), tasks: z.array(ZTask) });
export type TTaskList = z.infer<typeof ZTaskList>;
