import { describe, expect, it } from "vitest";
import { checkPlausibility, needsExplanation, parseEntryValue, previousValue, type TPlausibilityInput } from "./plausibility";

const MAY = { year: 2020, month: 5, entryFactor: 1 };

describe("parseEntryValue", () => {
  it("reads blank as null and zero as zero (two different cells)", () => {
    expect(parseEntryValue("", { ...MAY, kind: "cumulative" })).toEqual({ ok: true, value: null });
    expect(parseEntryValue("   ", { ...MAY, kind: "cumulative" })).toEqual({ ok: true, value: null });
    expect(parseEntryValue("0", { ...MAY, kind: "cumulative" })).toEqual({ ok: true, value: 0 });
  });

  it("reads plain and full-width decimals", () => {
    expect(parseEntryValue("12.5", { ...MAY, kind: "cumulative" })).toEqual({ ok: true, value: 12.5 });
    expect(parseEntryValue("１２．５", { ...MAY, kind: "cumulative" })).toEqual({ ok: true, value: 12.5 });
    expect(parseEntryValue("-3.2", { ...MAY, kind: "growth_rate" })).toEqual({ ok: true, value: -3.2 });
    expect(parseEntryValue(".5", { ...MAY, kind: "level" })).toEqual({ ok: true, value: 0.5 });
  });

  it.each(["abc", "1,200", "12万", "1e3", "0x10", "Infinity", "--1", "1.2.3", "NaN"])("refuses %s as not a number", (text) => {
    expect(parseEntryValue(text, { ...MAY, kind: "cumulative" })).toEqual({ ok: false, error: "entry.notNumber" });
  });

  it("applies the server's per-kind rules", () => {
    expect(parseEntryValue("-1", { ...MAY, kind: "cumulative" })).toEqual({ ok: false, error: "value.negative" });
    expect(parseEntryValue("101", { ...MAY, kind: "share" })).toEqual({ ok: false, error: "value.percent" });
    expect(parseEntryValue("-101", { ...MAY, kind: "growth_rate" })).toEqual({ ok: false, error: "value.growth" });
    expect(parseEntryValue("32", { ...MAY, kind: "day_count" })).toEqual({ ok: false, error: "value.days" });
    expect(parseEntryValue("31", { ...MAY, kind: "day_count" })).toEqual({ ok: true, value: 31 });
    expect(parseEntryValue("30", { year: 2020, month: 2, entryFactor: 1, kind: "day_count" })).toEqual({ ok: false, error: "value.days" });
    expect(parseEntryValue("1.1234567", { ...MAY, kind: "level" })).toEqual({ ok: false, error: "value.decimals" });
  });

  it("checks shares in the display unit when the entry unit differs", () => {
    // entered in ‰: 900 ‰ is 90 %, 1100 ‰ is 110 %
    expect(parseEntryValue("900", { ...MAY, kind: "share", entryFactor: 0.1 })).toEqual({ ok: true, value: 900 });
    expect(parseEntryValue("1100", { ...MAY, kind: "share", entryFactor: 0.1 })).toEqual({ ok: false, error: "value.percent" });
  });
});

const base: TPlausibilityInput = { kind: "cumulative", basis: "ytd_total", direction: "higher_is_better", value: 10, previous: null, baseline: null, target: null };

describe("checkPlausibility", () => {
  it("has nothing to say without history", () => {
    for (const basis of ["ytd_total", "month_amount", "ytd_rate", "current", "month_mean", "month_count", "percent_done"] as const) {
      expect(checkPlausibility({ ...base, basis }), basis).toEqual([]);
    }
  });

  it("warns when a running total or a project's progress falls", () => {
    expect(checkPlausibility({ ...base, value: 9, previous: 10 })).toEqual(["plausibility.fell"]);
    expect(checkPlausibility({ ...base, value: 10, previous: 10 })).toEqual([]);
    expect(checkPlausibility({ ...base, kind: "milestone", basis: "percent_done", value: 40, previous: 50 })).toEqual(["plausibility.fell"]);
  });

  it("warns when a running total is more than three times the target (or the 2019 result)", () => {
    expect(checkPlausibility({ ...base, value: 31, target: 10 })).toEqual(["plausibility.beyondTarget"]);
    expect(checkPlausibility({ ...base, value: 30, target: 10 })).toEqual([]);
    expect(checkPlausibility({ ...base, value: 31, target: 10, baseline: 20 })).toEqual([]);
  });

  it("compares growth rates in percentage points with last month and the 2019 result", () => {
    const rate = { ...base, kind: "growth_rate" as const, basis: "ytd_rate" as const };
    expect(checkPlausibility({ ...rate, value: 5, previous: -5 })).toEqual([]);
    expect(checkPlausibility({ ...rate, value: 5.1, previous: -5 })).toEqual(["plausibility.farFromPrevious"]);
    expect(checkPlausibility({ ...rate, value: 21, baseline: 6 })).toEqual([]);
    expect(checkPlausibility({ ...rate, value: 21.1, baseline: 6 })).toEqual(["plausibility.farFromBaseline"]);
    expect(checkPlausibility({ ...rate, value: 45, previous: 5, baseline: 6 })).toEqual(["plausibility.farFromPrevious", "plausibility.farFromBaseline"]);
  });

  it("compares shares in points and levels as a ratio", () => {
    const share = { ...base, kind: "share" as const, basis: "current" as const };
    expect(checkPlausibility({ ...share, value: 80, previous: 91 })).toEqual(["plausibility.farFromPrevious"]);
    expect(checkPlausibility({ ...share, value: 85, previous: 91 })).toEqual([]);
    const level = { ...base, kind: "level" as const, basis: "current" as const };
    expect(checkPlausibility({ ...level, value: 31, previous: 10 })).toEqual(["plausibility.farFromPrevious"]);
    expect(checkPlausibility({ ...level, value: 3, previous: 10 })).toEqual(["plausibility.farFromPrevious"]);
    expect(checkPlausibility({ ...level, value: 4, previous: 10, baseline: 1 })).toEqual(["plausibility.farFromBaseline"]);
  });

  it("compares a month's amount or mean with last month's as a ratio", () => {
    const mean = { ...base, kind: "average" as const, basis: "month_mean" as const, direction: "lower_is_better" as const };
    expect(checkPlausibility({ ...mean, value: 100, previous: 30 })).toEqual(["plausibility.farFromPrevious"]);
    expect(checkPlausibility({ ...mean, value: 60, previous: 30 })).toEqual([]);
    expect(checkPlausibility({ ...base, basis: "month_amount", value: 1, previous: 0 })).toEqual([]);
  });
});

describe("needsExplanation and previousValue", () => {
  it("asks for an explanation when behind or implausible", () => {
    expect(needsExplanation([], "on_track")).toBe(false);
    expect(needsExplanation([], null)).toBe(false);
    expect(needsExplanation([], "behind")).toBe(true);
    expect(needsExplanation([], "off_track")).toBe(true);
    expect(needsExplanation(["plausibility.fell"], "ahead")).toBe(true);
  });

  it("takes the latest earlier due month with a value, working before published", () => {
    const cell = (isDue: boolean, value: number | null, published: number | null = null) => ({ isDue, figure: { value, published: published === null ? null : { value: published } } });
    const cells = [cell(true, 1), cell(true, null, 2), cell(false, 99), cell(true, 4, 3), { isDue: true, figure: null }];
    expect(previousValue(cells, 1)).toBeNull();
    expect(previousValue(cells, 3)).toBe(2);
    expect(previousValue(cells, 4)).toBe(2);
    expect(previousValue(cells, 5)).toBe(4);
    expect(previousValue(cells, 6)).toBe(4);
  });
});
