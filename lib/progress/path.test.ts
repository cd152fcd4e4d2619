import { describe, expect, it } from "vitest";
import { expectedAt, progressPath } from "./path";
import { atMonths, byMonth, makeTarget } from "./testing";

describe("progressPath", () => {
  it("gives twelve months with the actual where a figure exists, the expected path and the status as of each month", () => {
    const path = progressPath(makeTarget({ value: 120 }), byMonth([10, 10, null, 12]));
    expect(path).toHaveLength(12);
    expect(path.map((p) => p.period)).toEqual(["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12"]);
    expect(path.slice(0, 5).map((p) => p.actual)).toEqual([10, 20, null, 32, null]);
    expect(path.slice(0, 4).map((p) => p.expected)).toEqual([10, 20, 30, 40]);
    expect(path.slice(0, 4).map((p) => p.status)).toEqual(["on_track", "on_track", "on_track", "ahead"]);
  });

  it("shows a rate's target as a flat line and nothing before the first quarter", () => {
    const path = progressPath(makeTarget({ kind: "growth_rate", basis: "ytd_rate", comparator: "range", value: null, min: 5, max: 6, frequency: "quarterly" }), atMonths({ 3: -6.8, 6: 2 }));
    expect(path.map((p) => p.expected)).toEqual(Array(12).fill(5));
    expect(path.slice(0, 7).map((p) => p.status)).toEqual(["no_data", "no_data", "off_track", "off_track", "off_track", "off_track", "off_track"]);
    expect(path.slice(0, 7).map((p) => p.actual)).toEqual([null, null, -6.8, null, null, 2, null]);
  });

  it("sums the units' paths", () => {
    const target = makeTarget({ value: 100, units: [{ code: "a", value: 100 }, { code: "b", value: 50 }] });
    expect(expectedAt(target, 6)).toBe(75);
  });

  it("keeps an average's path at the target when no profile is given", () => {
    const pm25 = makeTarget({ kind: "average", basis: "month_mean", direction: "lower_is_better", comparator: "<=", value: 35 });
    for (const month of [1, 2, 7, 12]) expect(expectedAt(pm25, month)).toBeCloseTo(35, 9);
  });
});
