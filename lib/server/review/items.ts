import type { TReviewFigure, TReviewHistoryEntry, TReviewMilestone } from "../../contracts/review";
import { evaluateProgress } from "../../progress";
import type { TActor } from "../auth/actor";
import { toIsoDay, toPeriod } from "../db/mappers";
import type { TTrackedTarget } from "../progress/load";
import { toDisplayValue } from "../indicators/display";
import { reviewBlockOf } from "./permissions";
import type { TFigureQueueRow, TFigureQueueTarget, TMilestoneQueueRow, TPublishedRow } from "./rows";

/** What the mappers look items up in, read once per listing. */
export interface TLookups {
  actor: TActor;
  year: number;
  locks: { month: number; departmentId: number | null }[];
  /** Every target of the year with its published and submitted figures (the preview). */
  tracked: Map<string, TTrackedTarget>;
  published: TPublishedRow[];
}

function isLocked(lookups: TLookups, month: number, departmentId: number): boolean {
  return lookups.locks.some((l) => l.month === month && (l.departmentId === null || l.departmentId === departmentId));
}

/** The judgement of an indicator (or of one unit of a per-unit target) as of a month. */
function progressOf(lookups: TLookups, code: string | null, month: number, unit: string | null): TReviewFigure["progress"] {
  const tracked = code ? lookups.tracked.get(code) : undefined;
  if (!tracked) return null;
  const progress = evaluateProgress(tracked.engine, tracked.figures, month);
  const own = unit ? progress.units?.find((u) => u.code === unit) : undefined;
  const row = own ?? progress;
  return { status: row.status, actual: row.actual, expected: row.expected };
}

function person(p: { login: string; displayName: string } | null) {
  return p ? { login: p.login, displayName: p.displayName } : null;
}

export function toReviewFigure(row: TFigureQueueRow, target: TFigureQueueTarget, lookups: TLookups): TReviewFigure {
  const factor = target.entryFactor;
  const display = (v: TFigureQueueRow["value"]) => toDisplayValue(v, factor);
  const earlier = lookups.published
    .filter((p) => p.indicatorId === row.indicator.id && p.unitId === row.unitId && p.month < row.month)
    .sort((a, b) => b.month - a.month)[0];
  const history: TReviewHistoryEntry[] = row.revisions.map((r) => ({
    version: r.version,
    action: r.action,
    status: r.status,
    value: display(r.value),
    doneDate: null,
    note: r.note,
    reason: r.reason,
    actor: person(r.actor),
    at: r.createdAt.toISOString(),
  }));
  return {
    code: row.indicator.code,
    nameZh: row.indicator.nameZh,
    nameEn: row.indicator.nameEn,
    unit: row.unit ? { code: row.unit.code, nameZh: row.unit.nameZh, nameEn: row.unit.nameEn } : null,
    displayUnit: row.indicator.unit,
    entryUnit: target.entryUnit,
    value: { entered: row.value?.toNumber() ?? null, display: display(row.value) },
    published: row.publishedAt ? { value: display(row.publishedValue), note: row.publishedNote, publishedAt: row.publishedAt.toISOString() } : null,
    previous: earlier ? { period: toPeriod(lookups.year, earlier.month), value: display(earlier.publishedValue) } : null,
    note: row.note,
    explanation: row.explanation,
    author: person(row.author),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    version: row.version,
    isDemo: row.isDemo,
    progress: progressOf(lookups, row.indicator.code, row.month, row.unit?.code ?? null),
    history,
    block: reviewBlockOf(lookups.actor, { kind: "figure", authorId: row.authorId, isLocked: isLocked(lookups, row.month, target.departmentId) }),
  };
}

export function toReviewMilestone(row: TMilestoneQueueRow, lookups: TLookups): TReviewMilestone {
  const month = row.dueDate.getUTCMonth() + 1;
  return {
    task: row.task.code,
    taskTitleZh: row.task.titleZh,
    taskTitleEn: row.task.titleEn,
    number: row.sortOrder,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    dueDate: toIsoDay(row.dueDate),
    doneDate: row.doneDate ? toIsoDay(row.doneDate) : null,
    published: row.publishedAt
      ? { doneDate: row.publishedDoneDate ? toIsoDay(row.publishedDoneDate) : null, note: row.publishedNote, publishedAt: row.publishedAt.toISOString() }
      : null,
    note: row.note,
    author: person(row.author),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    version: row.version,
    isDemo: row.isDemo,
    progress: progressOf(lookups, row.task.indicator?.code ?? null, month, null),
    history: row.revisions.map((r) => ({
      version: r.version,
      action: r.action,
      status: r.status,
      value: null,
      doneDate: r.doneDate ? toIsoDay(r.doneDate) : null,
      note: r.note,
      reason: r.reason,
      actor: person(r.actor),
      at: r.createdAt.toISOString(),
    })),
    block: reviewBlockOf(lookups.actor, { kind: "milestone", authorId: row.authorId, isLocked: isLocked(lookups, month, row.task.departmentId) }),
  };
}
