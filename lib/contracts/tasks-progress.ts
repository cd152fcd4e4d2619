import type { TTaskStatus } from "./tasks";

/**
 * A livelihood project's percent and status, computed from its milestones; never stored. Pure:
 * the same milestones and as-of date always give the same answer.
 *
 * - A milestone counts as done as of a day when it has a done date on or before that day (the
 *   public reads pass published done dates only).
 * - percent = done ÷ all, every milestone weighing the same, rounded; never 100 before the last
 *   one is done and never 0 once one is (so 1 of 300 is 1, 299 of 300 is 99). No milestones: 0.
 * - Milestones are due by month, as they are reported and locked by month: one is overdue once its
 *   due month has ended without it being done (due 2020-06-30 is not overdue on 2020-06-30, nor on
 *   2020-06-15 when due 2020-06-15).
 * - status: completed when every milestone is done (late or early alike); else delayed when one is
 *   overdue; else in_progress when one is done or due this month; else not_started. No milestones:
 *   not_started.
 */

export interface TMilestoneDates {
  /** "YYYY-MM-DD" */
  dueDate: string;
  /** "YYYY-MM-DD", or null when not done. */
  doneDate: string | null;
}

export interface TTaskProgress {
  status: TTaskStatus;
  progressPercent: number;
  done: number;
  total: number;
  overdue: number;
  /** Share of milestones due by the end of the as-of month, in percent: the expected-by-now of a milestone indicator. */
  expectedPercent: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function assertDay(value: string, what: string): void {
  if (!DAY.test(value)) throw new Error(`${what} must be a "YYYY-MM-DD" day, got "${value}"`);
}

function isDoneBy(m: TMilestoneDates, asOf: string): boolean {
  return m.doneDate !== null && m.doneDate <= asOf;
}

function percentOf(part: number, total: number): number {
  if (total === 0 || part === 0) return 0;
  if (part === total) return 100;
  return Math.min(99, Math.max(1, Math.round((100 * part) / total)));
}

export function computeTaskProgress(milestones: readonly TMilestoneDates[], asOf: string): TTaskProgress {
  assertDay(asOf, "asOf");
  const month = asOf.slice(0, 7);
  let done = 0;
  let overdue = 0;
  let dueNow = 0;
  let dueByMonthEnd = 0;
  for (const m of milestones) {
    assertDay(m.dueDate, "dueDate");
    const dueMonth = m.dueDate.slice(0, 7);
    if (dueMonth <= month) dueByMonthEnd += 1;
    if (isDoneBy(m, asOf)) {
      done += 1;
      continue;
    }
    if (dueMonth < month) overdue += 1;
    else if (dueMonth === month) dueNow += 1;
  }
  const total = milestones.length;
  const status: TTaskStatus =
    total > 0 && done === total ? "completed" : overdue > 0 ? "delayed" : done > 0 || dueNow > 0 ? "in_progress" : "not_started";
  return { status, progressPercent: percentOf(done, total), done, total, overdue, expectedPercent: total === 0 ? 0 : Math.round((100 * dueByMonthEnd) / total) };
}

/** The last day of a "YYYY-MM" month, as "YYYY-MM-DD" (2020-02 → 2020-02-29). */
export function monthEnd(period: string): string {
  const [year, month] = period.split("-").map(Number);
  const day = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, "0")}`;
}

/** Percent, expected percent and status at the end of each month of `year`: the path of a milestone indicator. */
export function computeTaskProgressByMonth(milestones: readonly TMilestoneDates[], year: number): ({ period: string } & TTaskProgress)[] {
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, "0")}`;
    return { period, ...computeTaskProgress(milestones, monthEnd(period)) };
  });
}

/**
 * The day a task list is computed for: a given month means its last day; none means `today`,
 * kept within the year (a past year is seen as of 31 December, a future one as of 1 January).
 */
export function resolveAsOf(year: number, asOf: string | undefined, today: string): string {
  if (asOf !== undefined) return asOf.length === 7 ? monthEnd(asOf) : asOf;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}
