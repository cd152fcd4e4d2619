import { describe, expect, it } from "vitest";
import { ZBasis } from "../../contracts/tracking";
import { aggregationOf, basisRows, frequencyRows } from "./bases";

describe("basisRows", () => {
  it("lists every basis once, with how the engine adds it up", () => {
    const rows = basisRows([
      { code: "training", basis: "month_amount" as const },
      { code: "gdp", basis: "ytd_rate" as const },
      { code: "trees", basis: "ytd_total" as const },
    ]);
    expect(rows.map((r) => r.basis)).toEqual(ZBasis.options);
    expect(Object.fromEntries(rows.map((r) => [r.basis, r.aggregation]))).toEqual({
      ytd_total: "latest",
      month_amount: "sum",
      ytd_rate: "latest",
      current: "latest",
      month_mean: "day_weighted_mean",
      month_count: "sum",
      percent_done: "latest",
    });
    expect(rows.find((r) => r.basis === "month_amount")!.indicators.map((i) => i.code)).toEqual(["training"]);
    expect(rows.filter((r) => r.isAccumulating).map((r) => r.basis)).toEqual(["ytd_total", "month_amount", "month_count", "percent_done"]);
  });

  it("never reads a mean as a sum", () => {
    expect(aggregationOf("month_mean")).toBe("day_weighted_mean");
  });
});

describe("frequencyRows", () => {
  it("gives the months a figure is due, monthly year-to-date rates from February", () => {
    const rows = frequencyRows([
      { code: "gdp", frequency: "quarterly" as const, basis: "ytd_rate" as const },
      { code: "retail", frequency: "monthly" as const, basis: "ytd_rate" as const },
      { code: "trees", frequency: "monthly" as const, basis: "ytd_total" as const },
    ]);
    expect(rows.map((r) => [r.frequency, r.isYtdRate, r.months.join(","), r.indicators.map((i) => i.code).join(",")])).toEqual([
      ["monthly", false, "1,2,3,4,5,6,7,8,9,10,11,12", "trees"],
      ["monthly", true, "2,3,4,5,6,7,8,9,10,11,12", "retail"],
      ["quarterly", false, "3,6,9,12", "gdp"],
      ["first_month", false, "1", ""],
    ]);
  });
});
