import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { atMonths, makeTarget } from "./testing";

const rate = { kind: "growth_rate", basis: "ytd_rate" } as const;
const GDP = makeTarget({ ...rate, comparator: "range", value: null, min: 5, max: 6, frequency: "quarterly" });
const FLOOR_5 = makeTarget({ ...rate, comparator: "=", value: 5 });
const NEGATIVE = makeTarget({ ...rate, comparator: "<", value: 0, direction: "lower_is_better" });

describe("growth rates", () => {
  it("GDP reported quarterly only: nothing is due before March, and the quarter's figure stands until the next", () => {
    expect(evaluateProgress(GDP, [], 2)).toMatchObject({ status: "no_data", missing: [] });
    const q1 = atMonths({ 3: -6.8 });
    expect(evaluateProgress(GDP, q1, 5)).toMatchObject({ period: "2020-03", actual: -6.8, missing: [] });
    expect(evaluateProgress(GDP, q1, 6)).toMatchObject({ period: "2020-03", missing: [6] });
  });

  it("a monthly year-to-date rate starts with the January–February release: January is never missing, February is", () => {
    expect(evaluateProgress(FLOOR_5, [], 1)).toMatchObject({ status: "no_data", missing: [] });
    expect(evaluateProgress(FLOOR_5, [], 2)).toMatchObject({ status: "no_data", missing: [2] });
    expect(evaluateProgress(FLOOR_5, atMonths({ 2: 5.2 }), 3)).toMatchObject({ period: "2020-02", actual: 5.2, missing: [3] });
    expect(evaluateProgress(FLOOR_5, atMonths({ 1: 4.8 }), 1)).toMatchObject({ period: "2020-01", actual: 4.8, status: "behind", missing: [] });
  });

  it("compares percentage points with the floor, never a percent of a percent", () => {
    const p = evaluateProgress(FLOOR_5, atMonths({ 6: 4.4 }), 6);
    expect(p).toMatchObject({ status: "behind", actual: 4.4, expected: 5, ratio: null, gapPoints: -0.6, projected: 4.4, requiredPace: null, met: false });
  });

  it.each([
    [6.2, "ahead"],
    [6, "ahead"],
    [5.5, "on_track"],
    [5, "on_track"],
    [4.1, "behind"],
    [4, "off_track"],
  ] as const)("增长5%% at %d%% is %s", (actual, status) => {
    expect(evaluateProgress(FLOOR_5, atMonths({ 9: actual }), 9).status).toBe(status);
  });

  it("a range growth target: met from the floor up, and values above its top are met and flagged", () => {
    expect(evaluateProgress(GDP, atMonths({ 9: 5.5 }), 9)).toMatchObject({ status: "on_track", gapPoints: 0.5, met: true, aboveRange: false });
    expect(evaluateProgress(GDP, atMonths({ 9: 4.5 }), 9)).toMatchObject({ status: "behind", gapPoints: -0.5, met: false });
    expect(evaluateProgress(GDP, atMonths({ 9: 6.8 }), 9)).toMatchObject({ status: "ahead", gapPoints: 1.8, met: true, aboveRange: true });
    expect(evaluateProgress(GDP, atMonths({ 3: -6.8, 6: 2, 9: 5.1, 12: 6.8 }), 12)).toMatchObject({ status: "achieved", aboveRange: true });
  });

  it("a zero or negative baseline: a negative actual against a positive floor is read in points", () => {
    const p = evaluateProgress(makeTarget({ ...rate, comparator: "=", value: 3.1 }), atMonths({ 2: -12 }), 2);
    expect(p).toMatchObject({ status: "off_track", gapPoints: -15.1, ratio: null });
  });

  it.each([
    [-1.2, "ahead", true],
    [-0.5, "on_track", true],
    [0, "behind", false],
    [0.5, "behind", false],
    [1.5, "off_track", false],
  ] as const)("负增长 (< 0, lower is better) at %d%% is %s", (actual, status, met) => {
    expect(evaluateProgress(NEGATIVE, atMonths({ 6: actual }), 6)).toMatchObject({ status, met, expected: 0 });
  });

  it("只减不增 (≤ 0): zero itself is met", () => {
    const p = evaluateProgress(makeTarget({ ...rate, comparator: "<=", value: 0, direction: "lower_is_better" }), atMonths({ 6: 0 }), 6);
    expect(p).toMatchObject({ status: "on_track", met: true });
  });

  it("左右 on a rate: within half a point is on track, beyond it on the better side is ahead", () => {
    const about = makeTarget({ ...rate, comparator: "about", value: 6 });
    expect(evaluateProgress(about, atMonths({ 6: 5.6 }), 6)).toMatchObject({ status: "on_track", met: true });
    expect(evaluateProgress(about, atMonths({ 6: 5.4 }), 6)).toMatchObject({ status: "behind", met: false });
    expect(evaluateProgress(about, atMonths({ 6: 7 }), 6)).toMatchObject({ status: "ahead", aboveRange: true });
  });

  it("a complete year that misses a rate target is at best behind, whatever the gap", () => {
    const months = { 2: -10, 3: -5, 4: 0, 5: 2, 6: 3, 7: 3.5, 8: 4, 9: 4.5, 10: 4.6, 11: 4.7, 12: 4.2 };
    expect(evaluateProgress(FLOOR_5, atMonths(months), 12)).toMatchObject({ status: "behind", met: false, missing: [] });
    expect(evaluateProgress(NEGATIVE, atMonths({ 12: 0 }), 12)).toMatchObject({ status: "behind", met: false });
  });

  it("a rate is not achieved before the year is complete, however good", () => {
    expect(evaluateProgress(FLOOR_5, atMonths({ 11: 9 }), 11).status).toBe("ahead");
    expect(evaluateProgress(FLOOR_5, atMonths({ 11: 9, 12: 9 }), 12).status).toBe("achieved");
  });
});
