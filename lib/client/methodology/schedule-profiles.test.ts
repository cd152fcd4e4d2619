import { describe, expect, it } from "vitest";
import { groupScheduleProfiles, isLinearProfile, type TProfileItem } from "./schedule-profiles";

const LINEAR = [0.083333, 0.166667, 0.25, 0.333333, 0.416667, 0.5, 0.583333, 0.666667, 0.75, 0.833333, 0.916667, 1];
const SEASON = [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1];

const item = (code: string, overrides: Partial<TProfileItem> = {}): TProfileItem => ({
  code,
  nameZh: code,
  nameEn: code,
  kind: "cumulative",
  basis: "ytd_total",
  schedule: LINEAR,
  ...overrides,
});

describe("groupScheduleProfiles", () => {
  it("groups identical profiles, the linear one first, then the most used", () => {
    const groups = groupScheduleProfiles(
      [item("a", { schedule: SEASON }), item("b"), item("c", { schedule: SEASON }), item("d", { schedule: [...SEASON.slice(0, 11).map((s) => s / 2), 1] }), item("e")],
      2020,
    );
    expect(groups.map((g) => g.indicators.map((i) => i.code))).toEqual([["b", "e"], ["a", "c"], ["d"]]);
    expect(groups.map((g) => g.isLinear)).toEqual([true, false, false]);
    expect(groups[1]!.shares).toEqual(SEASON);
  });

  it("leaves out growth rates, unscheduled shares and milestone projects, keeps a share with a path", () => {
    const groups = groupScheduleProfiles(
      [
        item("gdp", { kind: "growth_rate", basis: "ytd_rate", schedule: null }),
        item("share", { kind: "share", basis: "current", schedule: null }),
        item("project", { kind: "milestone", basis: "percent_done" }),
        item("poverty", { kind: "share", basis: "current", schedule: SEASON }),
      ],
      2020,
    );
    expect(groups.map((g) => g.indicators.map((i) => i.code))).toEqual([["poverty"]]);
  });

  it("gives a target without a stored profile the engine's linear path (by days for day counts)", () => {
    const [amount] = groupScheduleProfiles([item("x", { schedule: null })], 2020);
    expect(amount!.isLinear).toBe(true);
    const [days] = groupScheduleProfiles([item("air", { kind: "day_count", basis: "month_count", schedule: null })], 2020);
    expect(days!.shares[1]).toBeCloseTo(60 / 366, 9);
    expect(days!.isLinear).toBe(false);
  });
});

describe("isLinearProfile", () => {
  it("accepts m/12 to six decimals only", () => {
    expect(isLinearProfile(LINEAR)).toBe(true);
    expect(isLinearProfile(SEASON)).toBe(false);
    expect(isLinearProfile(LINEAR.slice(0, 11))).toBe(false);
  });
});
