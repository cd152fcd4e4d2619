import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { DAYS_2020, PM25_SEASON, byMonth, makeTarget, profileOf } from "./testing";

const PM25 = makeTarget({ kind: "average", basis: "month_mean", direction: "lower_is_better", comparator: "<=", value: 35 });
const GOOD_DAYS = makeTarget({ kind: "day_count", basis: "month_count", comparator: ">=", value: 300 });
const GOOD_SEASON = [21, 22, 26, 27, 29, 29, 30, 30, 29, 28, 25, 22];

/** A winter-heavy profile: each month's share of the year's total (mean × days) follows the seasonal shape. */
const PM25_PROFILE = profileOf(PM25_SEASON.map((mean, i) => mean * (DAYS_2020[i] ?? 0)));
const SEASON_MEAN = PM25_SEASON.reduce((sum, mean, i) => sum + mean * (DAYS_2020[i] ?? 0), 0) / 366;

describe("PM2.5 annual mean (lower is better)", () => {
  it("the year-to-date mean is weighted by days in month, with February's 29 days", () => {
    const p = evaluateProgress(PM25, byMonth([62, 50]), 2);
    expect(p.actual).toBeCloseTo((62 * 31 + 50 * 29) / 60, 9);
    expect(p).toMatchObject({ expected: 35, status: "off_track" });
    expect(p.ratio).toBeCloseTo(35 / p.actual!, 9);
  });

  it("the leap year: the same months weigh differently in 2019 (28-day February)", () => {
    const in2020 = evaluateProgress(PM25, byMonth([10, 40]), 2);
    const in2019 = evaluateProgress({ ...PM25, year: 2019 }, byMonth([10, 40]), 2);
    expect(in2020.actual).toBeCloseTo((10 * 31 + 40 * 29) / 60, 9);
    expect(in2019.actual).toBeCloseTo((10 * 31 + 40 * 28) / 59, 9);
  });

  it("on a winter-heavy schedule, a dirty winter that keeps to the seasonal path is on track (linear would say off track)", () => {
    const onPath = PM25_SEASON.map((mean) => (mean * 35) / SEASON_MEAN);
    const seasonal = { ...PM25, schedule: PM25_PROFILE };
    for (const month of [1, 2, 6, 11]) {
      const p = evaluateProgress(seasonal, byMonth(onPath), month);
      expect(p.status, `month ${month}`).toBe("on_track");
      expect(p.ratio).toBeCloseTo(1, 9);
      expect(p.projected).toBeCloseTo(35, 9);
    }
    expect(evaluateProgress(PM25, byMonth(onPath), 1).status).toBe("off_track");
  });

  it("required pace is the mean the remaining days must keep", () => {
    const p = evaluateProgress(PM25, byMonth([38, 38, 38, 38, 38, 38]), 6);
    // 182 days at 38 so far; 184 days left; 35 × 366 in all.
    expect(p.requiredPace).toBeCloseTo((35 * 366 - 38 * 182) / 184, 9);
    expect(p).toMatchObject({ status: "behind", met: false, projected: 38 });
  });

  it("off track once the remaining days cannot bring the mean down to 35, even when the ratio alone says behind", () => {
    const p = evaluateProgress(PM25, byMonth(Array(11).fill(38.5)), 11);
    expect(p.ratio).toBeGreaterThan(0.9);
    expect(p.requiredPace).toBeLessThan(0);
    expect(p.status).toBe("off_track");
  });

  it("a complete year at 34 is achieved; at 36 it is at best behind", () => {
    expect(evaluateProgress(PM25, byMonth(Array(12).fill(34)), 12)).toMatchObject({ status: "achieved", met: true, actual: 34 });
    expect(evaluateProgress(PM25, byMonth(Array(12).fill(36)), 12)).toMatchObject({ status: "behind", met: false });
  });

  it("a missing month leaves the mean to the months reported, with the path over those months", () => {
    const p = evaluateProgress(PM25, byMonth([35, null, 35]), 3);
    expect(p).toMatchObject({ actual: 35, expected: 35, status: "on_track", missing: [2] });
  });
});

describe("good-air days (a count, higher is better)", () => {
  it("sums days per month against a path that follows the days of the year", () => {
    const p = evaluateProgress(GOOD_DAYS, byMonth(GOOD_SEASON), 1);
    expect(p.actual).toBe(21);
    expect(p.expected).toBeCloseTo((300 * 31) / 366, 9);
    expect(p.requiredPace).toBeCloseTo((300 - 21) / 11, 9);
  });

  it("reaching 300 days before December is achieved", () => {
    // 271 days through October; a 30-day November makes 301.
    expect(evaluateProgress(GOOD_DAYS, byMonth(GOOD_SEASON.slice(0, 10)), 10)).toMatchObject({ actual: 271, status: "ahead", met: false });
    expect(evaluateProgress(GOOD_DAYS, byMonth([...GOOD_SEASON.slice(0, 10), 30]), 11)).toMatchObject({ actual: 301, status: "achieved", met: true, requiredPace: null });
  });

  it("off track when the days still needed exceed the days left, even when the ratio alone says behind", () => {
    const p = evaluateProgress(GOOD_DAYS, byMonth([20, 20, 20, 20, 20, 20, 30, 30, 30, 25, 25]), 11);
    // 260 days through November against 274.6 expected (ratio 0.95), but 40 still needed and December has 31.
    expect(p.ratio).toBeGreaterThan(0.9);
    expect(p).toMatchObject({ actual: 260, status: "off_track", met: false });
  });

  it("projects the count to year end and caps it at the days of the year", () => {
    const p = evaluateProgress(GOOD_DAYS, byMonth([31, 29, 31]), 3);
    expect(p.projected).toBe(366);
  });
});
