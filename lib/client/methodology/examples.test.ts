import { describe, expect, it } from "vitest";
import { goalOf } from "../../progress/met-rules";
import { statusFromPoints, statusFromRatio } from "../../progress/status-rules";
import { AMOUNT_EXAMPLE, RATE_EXAMPLE, workAmountExample, workRateExample } from "./examples";

describe("the amount example", () => {
  const worked = workAmountExample();
  const goal = goalOf(AMOUNT_EXAMPLE.target)!;
  const total = AMOUNT_EXAMPLE.amounts.reduce((a, b) => a + b, 0);

  it("adds up the months and expects the schedule's share of the target", () => {
    expect(worked.progress.actual).toBeCloseTo(total, 9);
    expect(worked.share).toBe(AMOUNT_EXAMPLE.target.schedule![AMOUNT_EXAMPLE.asOf - 1]);
    expect(worked.progress.expected).toBeCloseTo(goal * worked.share, 9);
    expect(worked.progress.ratio).toBeCloseTo(total / (goal * worked.share), 9);
  });

  it("projects the pace to the year end and spreads what is left over the remaining months, as the page's formulas say", () => {
    expect(worked.remainingMonths).toBe(12 - AMOUNT_EXAMPLE.asOf);
    expect(worked.progress.projected).toBeCloseTo(total / worked.share, 6);
    expect(worked.progress.requiredPace).toBeCloseTo((goal - total) / worked.remainingMonths, 9);
  });

  it("lands in the ratio band of its status, short of the target", () => {
    expect(worked.progress.status).toBe(statusFromRatio(worked.progress.ratio!));
    expect(worked.progress.status).toBe("behind");
    expect(worked.progress.missing).toEqual([]);
  });
});

describe("the growth-rate example", () => {
  const worked = workRateExample();

  it("judges the latest quarter against the range's floor, in points", () => {
    expect(worked.progress.actual).toBe(RATE_EXAMPLE.june);
    expect(worked.progress.expected).toBe(RATE_EXAMPLE.target.min);
    expect(worked.progress.gapPoints).toBeCloseTo(RATE_EXAMPLE.june - RATE_EXAMPLE.target.min!, 9);
    expect(worked.progress.status).toBe("behind");
  });

  it("shows each variant in its own band, above the range's top as beyond it", () => {
    expect(worked.variants.map((v) => v.progress.status)).toEqual(["off_track", "behind", "on_track", "ahead"]);
    for (const v of worked.variants) expect(v.progress.status).toBe(statusFromPoints(v.progress.gapPoints!, v.progress.met === true));
    expect(worked.variants.map((v) => v.progress.aboveRange)).toEqual([false, false, false, true]);
  });
});
