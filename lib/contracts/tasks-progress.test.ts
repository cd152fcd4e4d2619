import { describe, expect, it } from "vitest";
import { computeTaskProgress, computeTaskProgressByMonth, monthEnd, resolveAsOf, type TMilestoneDates } from "./tasks-progress";

const m = (dueDate: string, doneDate: string | null = null): TMilestoneDates => ({ dueDate, doneDate });
const FOUR = [m("2020-03-31"), m("2020-06-30"), m("2020-09-30"), m("2020-12-31")];
const withDone = (done: (string | null)[]) => FOUR.map((x, i) => ({ ...x, doneDate: done[i] ?? null }));

describe("computeTaskProgress", () => {
  const cases: [label: string, milestones: TMilestoneDates[], asOf: string, status: string, percent: number, overdue: number][] = [
    ["no milestones", [], "2020-06-30", "not_started", 0, 0],
    ["nothing due, nothing done", FOUR, "2020-02-15", "not_started", 0, 0],
    ["first due this month, not done yet", FOUR, "2020-03-10", "in_progress", 0, 0],
    ["due today, not done: not yet late", FOUR, "2020-03-31", "in_progress", 0, 0],
    ["due last month, not done: delayed", FOUR, "2020-04-01", "delayed", 0, 1],
    ["a mid-month due date is late only after its month", [m("2020-06-15")], "2020-06-20", "in_progress", 0, 0],
    ["done on its due day", withDone(["2020-03-31"]), "2020-03-31", "in_progress", 25, 0],
    ["done early, before anything is due", withDone(["2020-02-10"]), "2020-02-20", "in_progress", 25, 0],
    ["done early, the next one not yet due", withDone(["2020-03-20", "2020-05-01"]), "2020-05-15", "in_progress", 50, 0],
    ["done late, as of before it was done: delayed", withDone(["2020-05-10"]), "2020-04-30", "delayed", 0, 1],
    ["done late, as of after it was done: back on track", withDone(["2020-05-10"]), "2020-05-31", "in_progress", 25, 0],
    ["a done date after the as-of day does not count", withDone(["2020-03-01", "2020-06-01"]), "2020-05-31", "in_progress", 25, 0],
    ["one of four overdue among done ones", withDone(["2020-03-01", null, "2020-09-01"]), "2020-10-01", "delayed", 50, 1],
    ["all done, the last one late", withDone(["2020-03-01", "2020-06-01", "2020-09-01", "2021-01-15"]), "2021-01-31", "completed", 100, 0],
    ["all done early", withDone(["2020-03-01", "2020-04-01", "2020-05-01", "2020-06-01"]), "2020-06-30", "completed", 100, 0],
    ["a year over, one never done", withDone(["2020-03-01", "2020-06-01", "2020-09-01"]), "2026-11-27", "delayed", 75, 1],
    ["one of three: rounded", [m("2020-03-31", "2020-03-01"), m("2020-06-30"), m("2020-09-30")], "2020-03-31", "in_progress", 33, 0],
    ["two of three: rounded", [m("2020-03-31", "2020-03-01"), m("2020-06-30", "2020-06-01"), m("2020-09-30")], "2020-06-30", "in_progress", 67, 0],
    ["1 of 300 is never 0", [m("2020-12-31", "2020-01-05"), ...Array.from({ length: 299 }, () => m("2020-12-31"))], "2020-01-31", "in_progress", 1, 0],
    ["299 of 300 is never 100", [m("2020-12-31"), ...Array.from({ length: 299 }, () => m("2020-12-31", "2020-06-01"))], "2020-07-31", "in_progress", 99, 0],
  ];
  for (const [label, milestones, asOf, status, percent, overdue] of cases) {
    it(`${label} → ${status}, ${percent}%`, () => {
      const result = computeTaskProgress(milestones, asOf);
      expect(result).toMatchObject({ status, progressPercent: percent, overdue, total: milestones.length });
    });
  }

  it("gives the share of milestones due by the as-of month as expected-by-now", () => {
    expect(computeTaskProgress(FOUR, "2020-02-29").expectedPercent).toBe(0);
    expect(computeTaskProgress(FOUR, "2020-03-01").expectedPercent).toBe(25);
    expect(computeTaskProgress(FOUR, "2020-09-30").expectedPercent).toBe(75);
    expect(computeTaskProgress(FOUR, "2021-01-01").expectedPercent).toBe(100);
    expect(computeTaskProgress([], "2020-06-30").expectedPercent).toBe(0);
  });

  it("never changes with the order of the milestones", () => {
    const ms = withDone(["2020-03-01", null, "2020-08-01"]);
    expect(computeTaskProgress([...ms].reverse(), "2020-10-01")).toEqual(computeTaskProgress(ms, "2020-10-01"));
  });

  it("refuses an as-of or due date that is not a day", () => {
    expect(() => computeTaskProgress(FOUR, "2020-06")).toThrow(/asOf/);
    expect(() => computeTaskProgress([m("2020-6-30")], "2020-06-30")).toThrow(/dueDate/);
  });
});

describe("monthEnd and the monthly path", () => {
  it("knows month lengths, leap February included", () => {
    expect(["2020-02", "2021-02", "2020-04", "2020-12"].map(monthEnd)).toEqual(["2020-02-29", "2021-02-28", "2020-04-30", "2020-12-31"]);
  });

  it("gives one point per month end, percent never falling", () => {
    const path = computeTaskProgressByMonth(withDone(["2020-03-20", "2020-07-02", null]), 2020);
    expect(path.map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, "0")}`));
    expect(path.map((p) => p.progressPercent)).toEqual([0, 0, 25, 25, 25, 25, 50, 50, 50, 50, 50, 50]);
    expect(path.map((p) => p.status)).toEqual([
      "not_started", "not_started", "in_progress", "in_progress", "in_progress", "in_progress",
      "in_progress", "in_progress", "in_progress", "delayed", "delayed", "delayed",
    ]);
  });
});

describe("resolveAsOf", () => {
  it("reads a month as its last day, and keeps today within the year", () => {
    expect(resolveAsOf(2020, "2020-06", "2026-11-27")).toBe("2020-06-30");
    expect(resolveAsOf(2020, "2020-06-15", "2026-11-27")).toBe("2020-06-15");
    expect(resolveAsOf(2020, undefined, "2026-11-27")).toBe("2020-12-31");
    expect(resolveAsOf(2026, undefined, "2026-11-27")).toBe("2026-11-27");
    expect(resolveAsOf(2030, undefined, "2026-11-27")).toBe("2030-01-01");
  });
});
