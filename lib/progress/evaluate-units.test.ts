import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { byMonth, makeTarget } from "./testing";

const SEASON = [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.85, 1, 1, 1];
/** 三个县(市)各完成100公里 */
const BYWAY = makeTarget({
  comparator: "=",
  value: 100,
  schedule: SEASON,
  units: [
    { code: "lishu", value: 100 },
    { code: "yitong", value: 100 },
    { code: "shuangliao", value: 100 },
  ],
});

describe("per-unit targets", () => {
  it("judges each unit on its own figures; the indicator takes the worst unit's status and is met only when every unit is", () => {
    const figures = [...byMonth([0, 0, 0, 5, 15, 15], "lishu"), ...byMonth([0, 0, 0, 5, 15, 16], "yitong"), ...byMonth([0, 0, 0, 5, 10, 10], "shuangliao")];
    const p = evaluateProgress(BYWAY, figures, 6);
    expect(p.units?.map((u) => [u.code, u.status, u.actual])).toEqual([
      ["lishu", "on_track", 35],
      ["yitong", "on_track", 36],
      ["shuangliao", "off_track", 25],
    ]);
    expect(p).toMatchObject({ status: "off_track", met: false, actual: 96, expected: 105, period: "2020-06" });
  });

  it("stays short of achieved while one unit is behind, and is achieved when the last unit gets there", () => {
    const done = [0, 0, 0, 20, 30, 30, 20];
    const figures = [...byMonth(done, "lishu"), ...byMonth(done, "yitong"), ...byMonth([0, 0, 0, 10, 20, 20, 10], "shuangliao")];
    const july = evaluateProgress(BYWAY, figures, 7);
    expect(july.units?.map((u) => u.status)).toEqual(["achieved", "achieved", "ahead"]);
    expect(july).toMatchObject({ status: "ahead", met: false });
    const august = evaluateProgress(BYWAY, [...figures, { month: 8, value: 40, unit: "shuangliao" }], 8);
    expect(august).toMatchObject({ status: "achieved", met: true, actual: 300 });
  });

  it("a unit without figures leaves the indicator without a verdict better than no_data", () => {
    const p = evaluateProgress(BYWAY, [...byMonth([0, 0, 0, 5, 15, 15], "lishu"), ...byMonth([0, 0, 0, 5, 15, 15], "yitong")], 6);
    expect(p.units?.map((u) => u.status)).toEqual(["on_track", "on_track", "no_data"]);
    // Not met so far is already known; the total is not.
    expect(p).toMatchObject({ status: "no_data", met: false, actual: null });
  });

  it("ignores figures without a unit or for another unit", () => {
    const p = evaluateProgress(BYWAY, [...byMonth([0, 0, 0, 99]), ...byMonth([0, 0, 0, 99], "elsewhere")], 4);
    expect(p.status).toBe("no_data");
  });

  it("each unit has its own number (每个开发区1平方公里以上)", () => {
    const zones = makeTarget({ value: 1, units: [{ code: "a", value: 1 }, { code: "b", value: 1.3 }] });
    const p = evaluateProgress(zones, [...byMonth(Array(12).fill(0.1), "a"), ...byMonth(Array(12).fill(0.1), "b")], 12);
    expect(p.units?.map((u) => [u.status, u.met])).toEqual([
      ["achieved", true],
      ["behind", false],
    ]);
    expect(p.status).toBe("behind");
  });
});
