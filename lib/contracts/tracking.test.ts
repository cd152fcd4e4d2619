import { describe, expect, it } from "vitest";
import { SCHEDULE_ISSUES, ZBasis, ZFrequency, ZScheduleProfile } from "./tracking";

const LINEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => m / 12);
const SEASONAL = [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1];

function issuesOf(value: unknown): string[] {
  const result = ZScheduleProfile.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("ZScheduleProfile", () => {
  it("accepts 12 non-decreasing shares in [0, 1] ending at exactly 1", () => {
    expect(ZScheduleProfile.safeParse(LINEAR).success).toBe(true);
    expect(ZScheduleProfile.safeParse(SEASONAL).success).toBe(true);
  });

  it.each([
    ["eleven shares", SEASONAL.slice(1), SCHEDULE_ISSUES.length],
    ["thirteen shares", [...SEASONAL, 1], SCHEDULE_ISSUES.length],
    ["a falling share", [0, 0.2, 0.1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1], SCHEDULE_ISSUES.order],
    ["a share below 0", [-0.1, 0, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1], SCHEDULE_ISSUES.range],
    ["a share above 1", [0, 0, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.2, 1], SCHEDULE_ISSUES.range],
    ["an end short of 1", [0, 0, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.99], SCHEDULE_ISSUES.end],
  ])("refuses %s", (_name, shares, issue) => {
    expect(issuesOf(shares)).toContain(issue);
  });

  it("refuses non-numbers", () => {
    expect(ZScheduleProfile.safeParse([...LINEAR.slice(0, 11), Number.NaN]).success).toBe(false);
    expect(ZScheduleProfile.safeParse(null).success).toBe(false);
  });
});

describe("basis and frequency", () => {
  it("name every way a monthly figure is entered and every reporting rhythm", () => {
    expect(ZBasis.options).toEqual(["ytd_total", "month_amount", "ytd_rate", "current", "month_mean", "month_count", "percent_done"]);
    expect(ZFrequency.options).toEqual(["monthly", "quarterly", "first_month"]);
  });
});
