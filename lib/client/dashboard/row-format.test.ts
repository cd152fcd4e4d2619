import { describe, expect, it } from "vitest";
import { dashboardHref, monthsOf, parseDashboardParams } from "./params";
import { formatGap, formatPace, formatValue, roundForDisplay } from "./row-format";

describe("formatGap", () => {
  it("gives a growth rate's gap in 百分点, never a percent of a percent", () => {
    expect(formatGap({ gapPoints: -0.8, ratio: null }, "zh-CN")).toBe("低于目标0.8个百分点");
    expect(formatGap({ gapPoints: 1.2, ratio: null }, "zh-CN")).toBe("高于目标1.2个百分点");
    expect(formatGap({ gapPoints: -0.8, ratio: null }, "en")).toBe("0.8 pp below the target");
    expect(formatGap({ gapPoints: 0.01, ratio: null }, "zh-CN")).toBe("与目标持平");
  });

  it("gives an amount's share of the schedule", () => {
    expect(formatGap({ gapPoints: null, ratio: 0.923 }, "zh-CN")).toBe("完成时序进度的92.3%");
    expect(formatGap({ gapPoints: null, ratio: 1.1 }, "en")).toBe("110% of the schedule");
    expect(formatGap({ gapPoints: null, ratio: null }, "zh-CN")).toBe("—");
  });
});

describe("values and paces with their units", () => {
  it("writes amounts as officials do", () => {
    expect(formatValue(23.6, "万亩", "zh-CN")).toBe("23.6万亩");
    expect(formatValue(5.2, "%", "zh-CN")).toBe("5.2%");
    expect(formatValue(null, "%", "zh-CN")).toBe("—");
    expect(formatPace(2.3, "万亩", "zh-CN")).toBe("每月2.3万亩");
    expect(formatPace(2.3, "万亩", "en")).toBe("23,000 mu a month");
  });

  it("rounds computed values to four significant digits, keeping whole numbers whole", () => {
    expect(roundForDisplay(20.733333)).toBe(20.73);
    expect(roundForDisplay(126.6667)).toBe(126.7);
    expect(roundForDisplay(0.0523456)).toBe(0.05235);
    expect(roundForDisplay(123456.7)).toBe(123457);
    expect(roundForDisplay(-3.14159)).toBe(-3.142);
    expect(formatValue(20.733333, "万亩", "en")).toBe("207,300 mu");
    expect(formatPace(1.3416667, "万亩", "zh-CN")).toBe("每月1.342万亩");
  });
});

describe("dashboard params", () => {
  it("accepts a month of the year and the preview switch, and ignores anything else", () => {
    expect(parseDashboardParams({ asOf: "2020-06", submitted: "1" }, 2020)).toEqual({ asOf: "2020-06", includeSubmitted: true });
    expect(parseDashboardParams({ asOf: "2021-06" }, 2020)).toEqual({ asOf: undefined, includeSubmitted: false });
    expect(parseDashboardParams({ asOf: ["2020-13", "x"], submitted: "yes" }, 2020)).toEqual({ asOf: undefined, includeSubmitted: false });
  });

  it("keeps the month and the switch in links", () => {
    expect(dashboardHref("/dashboard", { asOf: "2020-06", includeSubmitted: true })).toBe("/dashboard?asOf=2020-06&submitted=1");
    expect(dashboardHref("/dashboard/behind", {})).toBe("/dashboard/behind");
    expect(dashboardHref("/dashboard/indicators", { asOf: "2020-06" }, { status: "behind" })).toBe("/dashboard/indicators?asOf=2020-06&status=behind");
    expect(monthsOf(2020)).toHaveLength(12);
  });
});
