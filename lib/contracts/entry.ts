import { z } from "zod";
import { ZAmount, ZCode, ZDepartmentRef, ZDirection, ZIndicatorKind, ZPeriod, ZYear } from "./common";
import { ZFigure, ZFigureStatus, ZPeriodLock } from "./figures";
import { ZBasis, ZFrequency, ZProgressStatus } from "./tracking";

/** `?department=` picks the bureau for leaders and admins; an official always gets their own. */
export const ZEntryQuery = z.object({ year: ZYear.default(2020), department: ZCode.optional() });
export type TEntryQuery = z.infer<typeof ZEntryQuery>;

/** One month of a row: whether a figure is due then, and the working figure if there is one. */
export const ZEntryCell = z.object({
  period: ZPeriod,
  isDue: z.boolean(),
  figure: ZFigure.nullable(),
});
export type TEntryCell = z.infer<typeof ZEntryCell>;

/** The indicator's judgement as of a month, published and submitted figures counted (leadership's preview). */
export const ZEntryProgress = z.object({
  period: ZPeriod,
  status: ZProgressStatus,
  /** In the indicator's display unit. */
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  /** The status once the bureau's drafts of the year are submitted too: what submitting is checked against. */
  statusWithDrafts: ZProgressStatus,
});
export type TEntryProgress = z.infer<typeof ZEntryProgress>;

/**
 * One row of the entry grid: an indicator, or one unit of a per-unit target. Values in cells are
 * in `entryUnit`; target, baseline and progress in `unit` (display = entry × entryFactor).
 */
export const ZEntryRow = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unitCode: z.string().nullable(),
  unitNameZh: z.string().nullable(),
  unitNameEn: z.string().nullable(),
  kind: ZIndicatorKind,
  direction: ZDirection,
  basis: ZBasis,
  frequency: ZFrequency,
  unit: z.string(),
  entryUnit: z.string(),
  entryFactor: z.number().positive(),
  target: ZAmount,
  /** The 2019 result in `unit` when it is like-for-like with the target; null otherwise. */
  baseline: z.number().nullable(),
  dueMonths: z.array(z.number().int().min(1).max(12)),
  cells: z.array(ZEntryCell).length(12),
  progress: z.array(ZEntryProgress).length(12),
});
export type TEntryRow = z.infer<typeof ZEntryRow>;

export const ZEntryGrid = z.object({
  year: z.number().int(),
  department: ZDepartmentRef,
  /** Whether the reader may write these figures (an official of this bureau). */
  canEdit: z.boolean(),
  rows: z.array(ZEntryRow),
  /** Open locks that close a month for this bureau (for every bureau or for this one). */
  locks: z.array(ZPeriodLock),
  isDemo: z.boolean(),
});
export type TEntryGrid = z.infer<typeof ZEntryGrid>;

export const ZFigureHistoryEntry = z.object({
  version: z.number().int(),
  action: z.string(),
  status: ZFigureStatus,
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  note: z.string().nullable(),
  explanation: z.string().nullable(),
  reason: z.string().nullable(),
  actor: z.object({ login: z.string(), displayName: z.string() }).nullable(),
  at: z.string(),
});
export type TFigureHistoryEntry = z.infer<typeof ZFigureHistoryEntry>;

/** One working figure (null before the first write) and its history, newest first. */
export const ZFigureWithHistory = z.object({ figure: ZFigure.nullable(), history: z.array(ZFigureHistoryEntry) });
export type TFigureWithHistory = z.infer<typeof ZFigureWithHistory>;

/** Submits every draft and returned figure of a bureau's month at once. */
export const ZSubmitMonthBody = z
  .object({
    department: ZCode.optional(),
    period: ZPeriod,
    /** The official saw the due indicators left blank and submits without them. */
    confirmBlanks: z.boolean().optional(),
  })
  .strict();
export type TSubmitMonthBody = z.infer<typeof ZSubmitMonthBody>;

export const ZSubmitProblemKind = z.enum(["blank", "needs_explanation"]);
export type TSubmitProblemKind = z.infer<typeof ZSubmitProblemKind>;

export const ZSubmitMonthResult = z.object({
  period: ZPeriod,
  department: z.string(),
  submitted: z.array(ZFigure),
  /** Due indicators submitted blank after confirmation, as "code" or "code/unit". */
  blanks: z.array(z.string()),
});
export type TSubmitMonthResult = z.infer<typeof ZSubmitMonthResult>;
