import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { atMonths, byMonth, makeTarget } from "./testing";

const current = { basis: "current" } as const;

describe("levels and shares", () => {
  it.each([
    [11, "ahead"],
    [10, "on_track"],
    [9.5, "behind"],
    [8, "off_track"],
  ] as const)("每月至少10件 at %d is %s (ratio to the number)", (actual, status) => {
    const p = evaluateProgress(makeTarget({ ...current, kind: "level", value: 10 }), atMonths({ 5: actual }), 5);
    expect(p).toMatchObject({ status, expected: 10, gapPoints: null, projected: actual, requiredPace: null });
  });

  it("a level is judged against the number itself, so the rule for met has the last word", () => {
    const about = makeTarget({ ...current, kind: "level", comparator: "about", value: 100 });
    expect(evaluateProgress(about, atMonths({ 5: 96 }), 5)).toMatchObject({ status: "on_track", ratio: 0.96, met: true });
    const below = makeTarget({ ...current, kind: "level", direction: "lower_is_better", comparator: "<", value: 5 });
    expect(evaluateProgress(below, atMonths({ 5: 5 }), 5)).toMatchObject({ status: "behind", ratio: 1, met: false });
    expect(evaluateProgress(below, atMonths({ 5: 4.9 }), 5)).toMatchObject({ status: "on_track", met: true });
  });

  it("a share is read in points: 产业类项目占比70%以上", () => {
    const share = makeTarget({ ...current, kind: "share", value: 70 });
    expect(evaluateProgress(share, atMonths({ 4: 68.5 }), 4)).toMatchObject({ status: "off_track", gapPoints: -1.5, ratio: null });
    expect(evaluateProgress(share, atMonths({ 4: 71.2 }), 4)).toMatchObject({ status: "ahead", gapPoints: 1.2 });
  });

  it("清零 on a lower-is-better level: a zero target has no ratio; zero is met, anything above is off track", () => {
    const zero = makeTarget({ ...current, kind: "level", direction: "lower_is_better", comparator: "=", value: 0 });
    expect(evaluateProgress(zero, atMonths({ 6: 0 }), 6)).toMatchObject({ status: "on_track", ratio: null, met: true });
    expect(evaluateProgress(zero, atMonths({ 6: 2 }), 6)).toMatchObject({ status: "off_track", ratio: null, met: false });
    expect(evaluateProgress(zero, atMonths({ 12: 0 }), 12)).toMatchObject({ status: "achieved" });
  });

  it("a share with a profile (脱贫: 100% by December) follows its path", () => {
    const poverty = makeTarget({ ...current, kind: "share", comparator: "=", value: 100, schedule: [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.7, 1] });
    expect(evaluateProgress(poverty, atMonths({ 10: 30.5 }), 10)).toMatchObject({ status: "on_track", expected: 30, gapPoints: 0.5, met: false });
    expect(evaluateProgress(poverty, atMonths({ 10: 20 }), 10)).toMatchObject({ status: "off_track", gapPoints: -10 });
    expect(evaluateProgress(poverty, atMonths({ 12: 100 }), 12)).toMatchObject({ status: "achieved", met: true });
  });

  it("first_month: one January figure stands for the year", () => {
    const once = makeTarget({ ...current, kind: "level", value: 17, frequency: "first_month" });
    expect(evaluateProgress(once, atMonths({ 1: 17 }), 1)).toMatchObject({ status: "achieved", met: true, missing: [] });
    expect(evaluateProgress(once, atMonths({ 1: 16 }), 6)).toMatchObject({ status: "behind", met: false, period: "2020-01" });
    expect(evaluateProgress(once, [], 6)).toMatchObject({ status: "no_data", missing: [1] });
  });
});

describe("milestones (percent done)", () => {
  const project = makeTarget({ kind: "milestone", basis: "percent_done", comparator: "=", value: null });

  it("compares percent done with the share of the project due (linear without a profile)", () => {
    const p = evaluateProgress(project, byMonth([5, 10, 20, 30, 40, 50]), 6);
    expect(p).toMatchObject({ status: "on_track", actual: 50, expected: 50, projected: 100 });
    expect(p.requiredPace).toBeCloseTo(50 / 6, 9);
  });

  it("caps the projection at 100% and is achieved at 100%", () => {
    expect(evaluateProgress(project, byMonth([20, 40]), 2).projected).toBe(100);
    expect(evaluateProgress(project, byMonth([20, 40, 100]), 3)).toMatchObject({ status: "achieved", met: true });
  });

  it("a project that has no number (value null, percent done) is measured against 100%", () => {
    expect(evaluateProgress(project, byMonth([5, 10, 20]), 3).expected).toBe(25);
  });
});
