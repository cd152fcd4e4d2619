import { describe, expect, it } from "vitest";
import { POINT_THRESHOLDS, RATIO_THRESHOLDS, STATUS_ORDER, STATUS_RULES, capAtBehind, statusFromPoints, statusFromRatio, worstOf } from "./status-rules";
import { ZProgressStatus } from "../contracts/tracking";

describe("status thresholds", () => {
  it("publishes the numbers: 1.05, 1, 0.9 for ratios and ±1 point for rates", () => {
    expect(RATIO_THRESHOLDS).toEqual({ ahead: 1.05, onTrack: 1, behind: 0.9 });
    expect(POINT_THRESHOLDS).toEqual({ ahead: 1, behind: -1 });
  });

  it("describes every status in both languages", () => {
    expect(Object.keys(STATUS_RULES).sort()).toEqual([...ZProgressStatus.options].sort());
    for (const rule of Object.values(STATUS_RULES)) {
      expect(rule.zh.length).toBeGreaterThan(5);
      expect(rule.en.length).toBeGreaterThan(5);
    }
    expect(STATUS_RULES.behind.nameZh).toBe("欠进度");
  });

  it.each([
    [1.2, "ahead"],
    [1.05, "ahead"],
    [1.0499, "on_track"],
    [1, "on_track"],
    [0.9999, "behind"],
    [0.9, "behind"],
    [0.8999, "off_track"],
    [0, "off_track"],
  ] as const)("ratio %d → %s", (ratio, status) => {
    expect(statusFromRatio(ratio)).toBe(status);
  });

  it.each([
    [1.5, true, "ahead"],
    [1, true, "ahead"],
    [0.99, true, "on_track"],
    [0, true, "on_track"],
    [0, false, "behind"],
    [-0.3, false, "behind"],
    [-0.99, false, "behind"],
    [-1, false, "off_track"],
    [-4, false, "off_track"],
  ] as const)("gap %d points (met %s) → %s", (gap, atOrBetter, status) => {
    expect(statusFromPoints(gap, atOrBetter)).toBe(status);
  });
});

describe("ordering", () => {
  it("ranks worst first, a unit without data below on track", () => {
    expect(STATUS_ORDER).toEqual(["off_track", "behind", "no_data", "on_track", "ahead", "achieved"]);
    expect(worstOf(["achieved", "on_track", "behind"])).toBe("behind");
    expect(worstOf(["achieved", "no_data"])).toBe("no_data");
    expect(worstOf(["no_data", "off_track"])).toBe("off_track");
  });

  it("caps a missed complete year at behind", () => {
    expect(capAtBehind("ahead")).toBe("behind");
    expect(capAtBehind("on_track")).toBe("behind");
    expect(capAtBehind("off_track")).toBe("off_track");
  });
});
