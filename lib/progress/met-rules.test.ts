import { describe, expect, it } from "vitest";
import { ABOUT_TOLERANCE, MET_RULES, goalOf, judgeMet, type TBounds } from "./met-rules";
import type { TComparator, TDirection, TIndicatorKind } from "./types";

function bounds(comparator: TComparator, direction: TDirection, kind: TIndicatorKind, value: number | null, min: number | null = null, max: number | null = null): TBounds {
  return { comparator, direction, kind, value, min, max, basis: "current" };
}

describe("MET_RULES", () => {
  it("has a rule with a Chinese and an English description for every comparator × direction", () => {
    for (const comparator of Object.keys(MET_RULES) as TComparator[]) {
      for (const direction of ["higher_is_better", "lower_is_better"] as const) {
        const rule = MET_RULES[comparator][direction];
        expect(rule.zh.length, `${comparator} ${direction}`).toBeGreaterThan(5);
        expect(rule.en.length, `${comparator} ${direction}`).toBeGreaterThan(5);
      }
    }
    expect(Object.keys(MET_RULES).sort()).toEqual(["<", "<=", "=", ">=", "about", "range"]);
  });

  it("publishes the 左右 tolerance: ±0.5 points for rates and shares, ±5% otherwise", () => {
    expect(ABOUT_TOLERANCE.points).toBe(0.5);
    expect(ABOUT_TOLERANCE.relative).toBe(0.05);
  });
});

describe("judgeMet", () => {
  it.each<[string, TBounds, number, boolean, boolean]>([
    // 以上/超过 and plain numbers on a higher-is-better indicator are floors.
    ["≥70% share at 70", bounds(">=", "higher_is_better", "share", 70), 70, true, false],
    ["≥70% share at 69.9", bounds(">=", "higher_is_better", "share", 70), 69.9, false, false],
    ["plain 增长5% at 5.1 − 0.1 (float noise)", bounds("=", "higher_is_better", "growth_rate", 5), 5.1 - 0.1, true, false],
    ["plain 增长5% at 7", bounds("=", "higher_is_better", "growth_rate", 5), 7, true, false],
    ["plain 增长5% at 4.9", bounds("=", "higher_is_better", "growth_rate", 5), 4.9, false, false],
    ["达到2万辆 at 2", bounds("=", "higher_is_better", "level", 2), 2, true, false],
    ["全部 100% at 99.9", bounds("=", "higher_is_better", "share", 100), 99.9, false, false],
    ["全部 100% at 100", bounds("=", "higher_is_better", "share", 100), 100, true, false],
    // 以内/控制在: ceilings.
    ["PM2.5 ≤35 at 35", bounds("<=", "lower_is_better", "average", 35), 35, true, false],
    ["PM2.5 ≤35 at 35.1", bounds("<=", "lower_is_better", "average", 35), 35.1, false, false],
    ["只减不增 ≤0 at 0", bounds("<=", "lower_is_better", "growth_rate", 0), 0, true, false],
    ["清零 =0 at 0", bounds("=", "lower_is_better", "level", 0), 0, true, false],
    ["清零 =0 at 1", bounds("=", "lower_is_better", "level", 0), 1, false, false],
    // 负增长: strictly below 0.
    ["负增长 <0 at −0.1", bounds("<", "lower_is_better", "growth_rate", 0), -0.1, true, false],
    ["负增长 <0 at 0", bounds("<", "lower_is_better", "growth_rate", 0), 0, false, false],
    ["负增长 <0 at 0.3", bounds("<", "lower_is_better", "growth_rate", 0), 0.3, false, false],
    // Ranges: met from the floor up, above the top flagged.
    ["5%—6% at 4.9", bounds("range", "higher_is_better", "growth_rate", null, 5, 6), 4.9, false, false],
    ["5%—6% at 5", bounds("range", "higher_is_better", "growth_rate", null, 5, 6), 5, true, false],
    ["5%—6% at 6", bounds("range", "higher_is_better", "growth_rate", null, 5, 6), 6, true, false],
    ["5%—6% at 6.8", bounds("range", "higher_is_better", "growth_rate", null, 5, 6), 6.8, true, true],
    ["lower-is-better 30—35 at 36", bounds("range", "lower_is_better", "average", null, 30, 35), 36, false, false],
    ["lower-is-better 30—35 at 29", bounds("range", "lower_is_better", "average", null, 30, 35), 29, true, true],
    // 左右: ±0.5 points for rates, ±5% otherwise; beyond on the better side met and flagged.
    ["6% 左右 at 5.5", bounds("about", "higher_is_better", "growth_rate", 6), 5.5, true, false],
    ["6% 左右 at 5.4", bounds("about", "higher_is_better", "growth_rate", 6), 5.4, false, false],
    ["6% 左右 at 6.5", bounds("about", "higher_is_better", "growth_rate", 6), 6.5, true, false],
    ["6% 左右 at 6.6", bounds("about", "higher_is_better", "growth_rate", 6), 6.6, true, true],
    ["100万 左右 at 95", bounds("about", "higher_is_better", "cumulative", 100), 95, true, false],
    ["100万 左右 at 94.9", bounds("about", "higher_is_better", "cumulative", 100), 94.9, false, false],
    ["35 左右 lower-is-better at 36.75", bounds("about", "lower_is_better", "average", 35), 36.75, true, false],
    ["35 左右 lower-is-better at 36.8", bounds("about", "lower_is_better", "average", 35), 36.8, false, false],
    ["35 左右 lower-is-better at 33", bounds("about", "lower_is_better", "average", 35), 33, true, true],
  ])("%s", (_name, b, actual, met, beyond) => {
    expect(judgeMet(b, actual)).toEqual({ met, beyond });
  });

  it("cannot judge a target without the number its rule needs", () => {
    expect(judgeMet(bounds(">=", "higher_is_better", "level", null), 1)).toBeNull();
    expect(judgeMet(bounds("range", "higher_is_better", "growth_rate", null, null, 6), 1)).toBeNull();
    expect(judgeMet(bounds("range", "lower_is_better", "average", null, 30, null), 1)).toBeNull();
  });
});

describe("goalOf", () => {
  it("is a range's floor when higher is better and its top when lower is better", () => {
    expect(goalOf(bounds("range", "higher_is_better", "growth_rate", null, 5, 6))).toBe(5);
    expect(goalOf(bounds("range", "lower_is_better", "average", null, 30, 35))).toBe(35);
  });

  it("is the value otherwise, and 100 for a project's percent done without one", () => {
    expect(goalOf(bounds("<=", "lower_is_better", "average", 35))).toBe(35);
    expect(goalOf({ ...bounds("=", "higher_is_better", "milestone", null), basis: "percent_done" })).toBe(100);
    expect(goalOf(bounds("=", "higher_is_better", "milestone", null))).toBeNull();
  });
});
