import { describe, expect, it } from "vitest";
import { describeProgressSeries, shapeProgressSeries, targetMark, type TSeriesInput, type TSeriesMonth } from "./progress-series";

const months = (values: (number | null)[], expected: (number | null)[] = []): TSeriesMonth[] =>
  Array.from({ length: 12 }, (_, i) => ({
    period: `2020-${String(i + 1).padStart(2, "0")}`,
    actual: values[i] ?? null,
    expected: expected[i] ?? null,
    status: values[i] === undefined || values[i] === null ? "no_data" : "on_track",
  }));

const gdp: TSeriesInput = {
  kind: "growth_rate",
  unit: "%",
  target: { comparator: "range", value: null, min: 5, max: 6 },
  baseline: { value: 6.2, unit: "%", comparable: true },
  months: months([null, null, -6.1, null, null, 1.8, null, null, 4.1], [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
  asOf: "2020-09",
};

describe("targetMark", () => {
  it("draws a band for a range, a line for floors, ceilings and 左右", () => {
    expect(targetMark("growth_rate", { comparator: "range", value: null, min: 5, max: 6 })).toEqual({ type: "band", min: 5, max: 6 });
    expect(targetMark("day_count", { comparator: ">=", value: 300, min: null, max: null })).toEqual({ type: "floor", value: 300 });
    expect(targetMark("average", { comparator: "<=", value: 35, min: null, max: null })).toEqual({ type: "ceiling", value: 35 });
    expect(targetMark("growth_rate", { comparator: "<", value: 0, min: null, max: null })).toEqual({ type: "ceiling", value: 0 });
    expect(targetMark("growth_rate", { comparator: "about", value: 4, min: null, max: null })).toEqual({ type: "about", value: 4 });
  });

  it("reads a project's 按期完成 as 100% done, and has no line for a number the report does not give", () => {
    expect(targetMark("milestone", { comparator: "=", value: null, min: null, max: null })).toEqual({ type: "exact", value: 100 });
    expect(targetMark("level", { comparator: "=", value: null, min: null, max: null })).toBeNull();
  });
});

describe("shapeProgressSeries", () => {
  it("keeps twelve months, the expected path throughout and the baseline, with a domain that holds the Q1 dip", () => {
    const s = shapeProgressSeries(gdp);
    expect(s.points).toHaveLength(12);
    expect(s.points.map((p) => p.expected)).toEqual(Array(12).fill(5));
    expect(s.baseline).toBe(6.2);
    expect(s.domain[0]).toBeLessThan(-6.1);
    expect(s.domain[1]).toBeGreaterThan(6.2);
    expect(s.latest?.period).toBe("2020-09");
  });

  it("hides actuals after the as-of month", () => {
    const s = shapeProgressSeries({ ...gdp, asOf: "2020-06" });
    expect(s.points[8]).toMatchObject({ actual: null, status: "no_data" });
    expect(s.latest).toMatchObject({ period: "2020-06", actual: 1.8 });
  });

  it("starts amounts at zero and reaches the year's target", () => {
    const s = shapeProgressSeries({
      kind: "cumulative",
      unit: "万亩",
      target: { comparator: "=", value: 23.6, min: null, max: null },
      baseline: null,
      months: months([0, 0, 2, 8, 15], [0, 0, 1.2, 7, 14, 18, 20, 21, 22, 23, 23.5, 23.6]),
      asOf: "2020-05",
    });
    expect(s.domain[0]).toBe(0);
    expect(s.domain[1]).toBeGreaterThanOrEqual(23.6);
    expect(s.target).toEqual({ type: "exact", value: 23.6 });
  });

  it("leaves out a 2019 result that is not like-for-like or in another unit, and says why", () => {
    expect(shapeProgressSeries({ ...gdp, baseline: { value: 80.3, unit: "%", comparable: false } })).toMatchObject({ baseline: null, baselineOmitted: "incomparable" });
    expect(shapeProgressSeries({ ...gdp, baseline: { value: 8.3, unit: "亿元", comparable: true } })).toMatchObject({ baseline: null, baselineOmitted: "unit" });
  });

  it("marks months whose actual includes a figure awaiting approval", () => {
    const s = shapeProgressSeries({ ...gdp, previewPeriods: ["2020-09", "2020-10"] });
    expect(s.points.filter((p) => p.isPreview).map((p) => p.period)).toEqual(["2020-09"]);
  });

  it("has a domain even without any number", () => {
    const s = shapeProgressSeries({ ...gdp, target: { comparator: "=", value: null, min: null, max: null }, baseline: null, months: months([]) });
    expect(s.domain).toEqual([0, 1]);
    expect(s.latest).toBeNull();
  });
});

describe("describeProgressSeries", () => {
  it("says in one sentence what the chart shows, in Chinese and English", () => {
    const s = shapeProgressSeries(gdp);
    expect(describeProgressSeries(s, gdp, "zh-CN")).toBe("截至2020年9月实际4.1%，时序进度要求5%；全年目标5%—6%；2019年为6.2%。");
    expect(describeProgressSeries(s, gdp, "en")).toBe("As of Sept 2020 the actual is 4.1% against 5% expected by then; the year's target is 5–6%; 2019: 6.2%.");
  });

  it("rounds the computed expected value as officials write it, and keeps the reported actual as reported", () => {
    const afforest: TSeriesInput = {
      kind: "cumulative",
      unit: "万亩",
      target: { comparator: ">=", value: 62.2, min: null, max: null },
      baseline: null,
      months: months([null, null, null, null, 12.345], [0, 0, 0, 0, 62.2 / 3]),
      asOf: "2020-05",
    };
    const s = shapeProgressSeries(afforest);
    expect(describeProgressSeries(s, afforest, "zh-CN")).toBe("截至2020年5月实际12.345万亩，时序进度要求20.73万亩；全年目标62.2万亩以上。");
    expect(describeProgressSeries(s, afforest, "en")).toContain("against 207,300 mu expected by then");
  });

  it("says when there is nothing yet", () => {
    const input = { ...gdp, months: months([]) };
    expect(describeProgressSeries(shapeProgressSeries(input), input, "zh-CN")).toMatch(/^截至2020年9月暂无数据；/);
  });
});
