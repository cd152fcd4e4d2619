import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatNumber, formatPeriod, formatScaled } from "./number";
import { formatAmount } from "./target";
import { formatQuantity, unitLabel } from "./unit";

const amount = (comparator: ">=" | "<=" | "<" | "=" | "about" | "range", value: number | null, min: number | null = null, max: number | null = null) => ({ comparator, value, min, max });

describe("formatAmount", () => {
  it("reads as the report writes targets in Chinese", () => {
    expect(formatAmount(amount("range", null, 5, 6), "%", "zh-CN")).toBe("5%—6%");
    expect(formatAmount(amount(">=", 300), "天", "zh-CN")).toBe("300天以上");
    expect(formatAmount(amount("<=", 35), "微克/立方米", "zh-CN")).toBe("35微克/立方米以内");
    expect(formatAmount(amount("about", 4), "%", "zh-CN")).toBe("4%左右");
    expect(formatAmount(amount("=", 23.6), "万亩", "zh-CN")).toBe("23.6万亩");
    expect(formatAmount(amount("<", 0), "%", "zh-CN")).toBe("负增长");
    expect(formatAmount(amount("=", null), "%", "zh-CN")).toBe("按期完成");
  });

  it("reads naturally in English", () => {
    expect(formatAmount(amount("range", null, 5, 6), "%", "en")).toBe("5–6%");
    expect(formatAmount(amount(">=", 300), "天", "en")).toBe("at least 300 days");
    expect(formatAmount(amount("<=", 35), "微克/立方米", "en")).toBe("at most 35 μg/m³");
    expect(formatAmount(amount("=", 23.6), "万亩", "en")).toBe("236,000 mu");
    expect(formatAmount(amount("<", 0), "%", "en")).toBe("a decline");
  });
});

describe("formatQuantity in English", () => {
  it("spells out 万 and 亿 and money", () => {
    expect(formatQuantity(304.1, "亿元", "en")).toBe("CNY 30.41 bn");
    expect(formatQuantity(4328, "万元", "en")).toBe("CNY 43.28 m");
    expect(formatQuantity(1, "万人", "en")).toBe("10,000 people");
    expect(formatQuantity(150, "个", "en")).toBe("150");
    expect(formatQuantity(136, "位", "en")).toBe("No. 136");
    expect(formatQuantity(1, "天", "en")).toBe("1 day");
  });

  it("says millions from a million up, as formatScaled does", () => {
    expect(formatQuantity(297, "万亩", "en")).toBe("2.97 million mu");
    expect(formatQuantity(99, "万亩", "en")).toBe("990,000 mu");
    expect(formatQuantity(1.5, "亿斤", "en")).toBe("150 million jin");
    expect(formatQuantity(297, "万亩", "zh-CN")).toBe("297万亩");
  });
});

describe("numbers and dates", () => {
  it("writes numbers as Chinese reports do", () => {
    expect(formatNumber(0.074, "zh-CN")).toBe("0.074");
    expect(formatNumber(5000, "zh-CN")).toBe("5000");
    expect(formatNumber(5000, "en")).toBe("5,000");
  });

  it("scales large counts to 万 and 亿", () => {
    expect(formatScaled(12000, "zh-CN")).toBe("1.2万");
    expect(formatScaled(350_000_000, "zh-CN")).toBe("3.5亿");
    expect(formatScaled(9999, "zh-CN")).toBe("9999");
  });

  it("scales large counts to millions and billions in English, from a million up", () => {
    expect(formatScaled(12000, "en")).toBe("12,000");
    expect(formatScaled(999_999, "en")).toBe("999,999");
    expect(formatScaled(1_000_000, "en")).toBe("1 million");
    expect(formatScaled(1_234_567, "en")).toBe("1.23 million");
    expect(formatScaled(-2_500_000, "en")).toBe("-2.5 million");
    expect(formatScaled(3_500_000_000, "en")).toBe("3.5 billion");
    expect(formatScaled(350_000_000, "en")).toBe("350 million");
  });

  it("keeps 万 and 亿 at their thresholds in Chinese", () => {
    expect(formatScaled(10000, "zh-CN")).toBe("1万");
    expect(formatScaled(99_990_000, "zh-CN")).toBe("9999万");
    expect(formatScaled(100_000_000, "zh-CN")).toBe("1亿");
    expect(formatScaled(-12000, "zh-CN")).toBe("-1.2万");
  });

  it("writes months and days the Chinese way", () => {
    expect(formatPeriod("2020-03", "zh-CN")).toBe("2020年3月");
    expect(formatPeriod("2020-03", "en")).toBe("Mar 2020");
    expect(formatDay("2020-06-30", "zh-CN")).toBe("2020年6月30日");
    expect(formatDay("2020-06-30", "en")).toBe("30 Jun 2020");
  });
});

describe("formatDateTime", () => {
  it("shows a moment in Siping's time zone (UTC+8)", () => {
    expect(formatDateTime("2020-11-03T06:05:00.000Z", "zh-CN")).toBe("2020年11月3日 14:05");
    expect(formatDateTime("2020-11-03T18:30:00.000Z", "zh-CN")).toBe("2020年11月4日 02:30");
    expect(formatDateTime("2020-11-03T06:05:00.000Z", "en")).toBe("3 Nov 2020, 14:05");
  });
});

describe("unitLabel", () => {
  it("names a unit in the reader's language", () => {
    expect(unitLabel("万亩", "zh-CN")).toBe("万亩");
    expect(unitLabel("个", "en")).toBe("count");
    expect(unitLabel("人", "en")).toBe("people");
    expect(unitLabel("万亩", "en")).toBe("10,000 mu");
    expect(unitLabel("亿元", "en")).toBe("100 million yuan");
    expect(unitLabel("%", "en")).toBe("%");
  });
});
