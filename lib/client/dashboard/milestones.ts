export type TMilestoneState = "done" | "done_late" | "overdue" | "due" | "upcoming";

/**
 * A milestone as of a day ("YYYY-MM-DD"), by month as milestones are reported: done (on time or
 * late), overdue once its due month has ended, due within its month, else upcoming.
 */
export function milestoneState(m: { dueDate: string; doneDate: string | null }, asOfDay: string): TMilestoneState {
  const month = asOfDay.slice(0, 7);
  const dueMonth = m.dueDate.slice(0, 7);
  if (m.doneDate !== null && m.doneDate <= asOfDay) return m.doneDate.slice(0, 7) > dueMonth ? "done_late" : "done";
  if (dueMonth < month) return "overdue";
  if (dueMonth === month) return "due";
  return "upcoming";
}

export const MILESTONE_SHAPES: Readonly<Record<TMilestoneState, string>> = {
  done: "✓",
  done_late: "✓",
  overdue: "✕",
  due: "◆",
  upcoming: "○",
};
