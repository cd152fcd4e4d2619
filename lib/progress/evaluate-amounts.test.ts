import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { byMonth, makeTarget, runningTotals } from "./testing";

const LINEAR_120 = makeTarget({ value: 120 });
const SEASONAL = [0, 0, 0, 0.3, 0.7, 0.75, 0.78, 0.78, 0.85, 1, 1, 1];

describe("cumulative amounts", () => {
  it("no data yet: nothing reported is no_data, with the months due listed as missing", () => {
    const p = evaluateProgress(LINEAR_120, [], 3);
    expect(p).toMatchObject({ status: "no_data", actual: null, expected: null, period: null, met: null, missing: [1, 2, 3] });
  });

  it("compares the year-to-date total with target × the share due (linear m/12)", () => {
    const p = evaluateProgress(LINEAR_120, byMonth([10, 10, 10, 10, 10, 10]), 6);
    expect(p).toMatchObject({ status: "on_track", actual: 60, expected: 60, ratio: 1, projected: 120, requiredPace: 10, period: "2020-06", met: false });
  });

  it.each([
    [11, "ahead"],
    [10.4, "on_track"],
    [9.5, "behind"],
    [8.9, "off_track"],
  ] as const)("a monthly pace of %d against 10 is %s", (pace, status) => {
    expect(evaluateProgress(LINEAR_120, byMonth(Array(6).fill(pace)), 6).status).toBe(status);
  });

  it("a missing month in month amounts is not reported, not zero: expected covers the reported months only", () => {
    const p = evaluateProgress(LINEAR_120, byMonth([10, 10, null, 10]), 4);
    expect(p).toMatchObject({ status: "on_track", actual: 30, expected: 30, period: "2020-04", missing: [3] });
    // Nine months (March among them) can still bring figures.
    expect(p.requiredPace).toBe(10);
  });

  it("a missing month in year-to-date totals: the latest total is compared with the path at its month", () => {
    const p = evaluateProgress(makeTarget({ basis: "ytd_total" }), byMonth([10, 20, null, 40]), 4);
    expect(p).toMatchObject({ status: "on_track", actual: 40, expected: 40, missing: [3], requiredPace: 10 });
  });

  it("a month entered as a monthly amount or as a year-to-date total gives the same judgement", () => {
    const amounts = [3, 0, 8, 15, 22, 5, 4, 2];
    const asAmounts = evaluateProgress(makeTarget({ value: 23.6, schedule: SEASONAL }), byMonth(amounts), 8);
    const asTotals = evaluateProgress(makeTarget({ value: 23.6, schedule: SEASONAL, basis: "ytd_total" }), byMonth(runningTotals(amounts)), 8);
    expect(asTotals.status).toBe(asAmounts.status);
    expect(asTotals.actual).toBeCloseTo(asAmounts.actual ?? Number.NaN, 9);
    expect(asTotals.expected).toBeCloseTo(asAmounts.expected ?? Number.NaN, 9);
    expect(asTotals.projected).toBeCloseTo(asAmounts.projected ?? Number.NaN, 9);
  });

  it("a cumulative target met early is achieved for good, with no pace left to find", () => {
    const target = makeTarget({ value: 23.6, schedule: SEASONAL });
    const may = evaluateProgress(target, byMonth([0, 0, 0, 10, 14]), 5);
    expect(may).toMatchObject({ status: "achieved", actual: 24, met: true, requiredPace: null });
    expect(evaluateProgress(target, byMonth([0, 0, 0, 10, 14]), 9).status).toBe("achieved");
  });

  it("a revised earlier month just changes the input", () => {
    const first = evaluateProgress(LINEAR_120, byMonth([10, 10, 10]), 3);
    const revised = evaluateProgress(LINEAR_120, byMonth([10, 5, 10]), 3);
    expect(first).toMatchObject({ status: "on_track", actual: 30 });
    expect(revised).toMatchObject({ status: "off_track", actual: 25 });
    // Passed twice, the later figure for a month wins.
    const both = evaluateProgress(LINEAR_120, [...byMonth([10, 10, 10]), { month: 2, value: 5, unit: null }], 3);
    expect(both).toEqual(revised);
  });

  it("a zero expected (nothing due yet on a seasonal profile) has no ratio and no projection", () => {
    const target = makeTarget({ value: 30, schedule: SEASONAL });
    expect(evaluateProgress(target, byMonth([0, 0]), 2)).toMatchObject({ status: "on_track", expected: 0, ratio: null, projected: null });
    expect(evaluateProgress(target, byMonth([0, 1]), 2)).toMatchObject({ status: "ahead", expected: 0, ratio: null });
  });

  it("a complete year that meets the target is achieved; one that misses it is at best behind", () => {
    expect(evaluateProgress(LINEAR_120, byMonth(Array(12).fill(10)), 12).status).toBe("achieved");
    const missed = evaluateProgress(LINEAR_120, byMonth(Array(12).fill(9.9)), 12);
    expect(missed).toMatchObject({ status: "behind", met: false, projected: 118.8 });
  });

  it("左右 on an amount: within 5% of the number is met at year end", () => {
    const about = makeTarget({ comparator: "about", value: 100 });
    expect(evaluateProgress(about, byMonth(Array(12).fill(8)), 12)).toMatchObject({ status: "achieved", actual: 96 });
    expect(evaluateProgress(about, byMonth(Array(12).fill(7.8)), 12)).toMatchObject({ status: "behind", met: false });
  });

  it("a lower-is-better ceiling on an amount that only grows is missed for good once broken", () => {
    const cap = makeTarget({ direction: "lower_is_better", comparator: "<=", value: 60, basis: "month_count", kind: "day_count" });
    expect(evaluateProgress(cap, byMonth([3, 4]), 2).status).toBe("ahead");
    // 61 by November against 54.9 expected is a ratio of 0.9, but the ceiling of 60 is already broken.
    const november = evaluateProgress(cap, byMonth([6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5]), 11);
    expect(november.ratio).toBeGreaterThanOrEqual(0.9);
    expect(november).toMatchObject({ status: "off_track", met: false, actual: 61 });
  });

  it("quarterly amounts cover their quarter", () => {
    const p = evaluateProgress(makeTarget({ frequency: "quarterly" }), byMonth([null, null, 30, null, null, 24]), 6);
    expect(p).toMatchObject({ actual: 54, expected: 60, ratio: 0.9, status: "behind", missing: [], requiredPace: 33 });
  });

  it("ignores figures after asOf and in months that are not due", () => {
    const p = evaluateProgress(makeTarget({ frequency: "quarterly" }), byMonth([5, 5, 30, 5, 5, 30]), 5);
    expect(p).toMatchObject({ actual: 30, period: "2020-03" });
  });

  it("refuses an asOf month outside 1–12", () => {
    expect(() => evaluateProgress(LINEAR_120, [], 0)).toThrow(RangeError);
    expect(() => evaluateProgress(LINEAR_120, [], 13)).toThrow(RangeError);
    expect(() => evaluateProgress(LINEAR_120, [], 2.5)).toThrow(RangeError);
  });
});
