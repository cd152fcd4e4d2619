import { describe, expect, it } from "vitest";
import { formatReading, readingPeriod } from "./reading";

describe("readingPeriod", () => {
  it("says a year-to-date figure covers January to its month", () => {
    expect(readingPeriod("ytd_rate", "2020-06", "zh-CN")).toBe("1—6月");
    expect(readingPeriod("ytd_total", "2020-06", "en")).toBe("Jan–Jun");
    expect(readingPeriod("month_mean", "2020-01", "zh-CN")).toBe("1月");
  });

  it("names the month alone for a month-end value or a percent done", () => {
    expect(readingPeriod("current", "2020-09", "zh-CN")).toBe("9月");
    expect(readingPeriod("percent_done", "2020-06", "en")).toBe("Jun");
  });
});

describe("formatReading", () => {
  it("signs growth rates", () => {
    expect(formatReading(3.2, "%", "growth_rate", "zh-CN")).toBe("+3.2%");
    expect(formatReading(-3.2, "%", "growth_rate", "en")).toBe("−3.2%");
    expect(formatReading(0, "%", "growth_rate", "zh-CN")).toBe("0%");
    expect(formatReading(58, "%", "share", "zh-CN")).toBe("58%");
  });

  it("scales large bare counts in Chinese and says millions in English", () => {
    expect(formatReading(12000, "人", "cumulative", "zh-CN")).toBe("1.2万人");
    expect(formatReading(9999, "人", "cumulative", "zh-CN")).toBe("9999人");
    expect(formatReading(12000, "人", "cumulative", "en")).toBe("12,000 people");
    expect(formatReading(297, "万亩", "cumulative", "zh-CN")).toBe("297万亩");
    expect(formatReading(297, "万亩", "cumulative", "en")).toBe("2.97 million mu");
  });

  it("rounds computed values to four significant digits and dashes a missing one", () => {
    expect(formatReading(33.2700729927, "微克/立方米", "average", "zh-CN")).toBe("33.27微克/立方米");
    expect(formatReading(null, "个", "cumulative", "zh-CN")).toBe("—");
  });
});
