import { describe, expect, it } from "vitest";
import { ZProgressStatus } from "../../contracts/tracking";
import { POINT_THRESHOLDS, RATIO_THRESHOLDS, statusFromPoints, statusFromRatio } from "../../progress/status-rules";
import { formatInterval, isInInterval, pointsInterval, ratioInterval } from "./status-conditions";

const plain = (n: number) => String(n);
const STATUSES = ZProgressStatus.options;

describe("ratioInterval", () => {
  it("reads the ratio bands from RATIO_THRESHOLDS", () => {
    expect(formatInterval(ratioInterval("ahead")!, "r", plain)).toBe(`r ≥ ${RATIO_THRESHOLDS.ahead}`);
    expect(formatInterval(ratioInterval("on_track")!, "r", plain)).toBe(`${RATIO_THRESHOLDS.onTrack} ≤ r < ${RATIO_THRESHOLDS.ahead}`);
    expect(formatInterval(ratioInterval("behind")!, "r", plain)).toBe(`${RATIO_THRESHOLDS.behind} ≤ r < ${RATIO_THRESHOLDS.onTrack}`);
    expect(formatInterval(ratioInterval("off_track")!, "r", plain)).toBe(`r < ${RATIO_THRESHOLDS.behind}`);
    expect(ratioInterval("achieved")).toBeNull();
    expect(ratioInterval("no_data")).toBeNull();
  });

  it.each([0, 0.5, 0.8999, 0.9, 0.95, 0.9999, 1, 1.02, 1.0499, 1.05, 1.3, 4])("puts r = %d in exactly the band statusFromRatio gives", (r) => {
    const bands = STATUSES.filter((s) => {
      const interval = ratioInterval(s);
      return interval !== null && isInInterval(r, interval);
    });
    expect(bands).toEqual([statusFromRatio(r)]);
  });
});

describe("pointsInterval", () => {
  it("reads the point bands from POINT_THRESHOLDS, with a true minus sign", () => {
    expect(formatInterval(pointsInterval("ahead")!, "Δ", plain)).toBe(`Δ ≥ ${POINT_THRESHOLDS.ahead}`);
    expect(formatInterval(pointsInterval("on_track")!, "Δ", plain)).toBe(`0 ≤ Δ < ${POINT_THRESHOLDS.ahead}`);
    expect(formatInterval(pointsInterval("behind")!, "Δ", plain)).toBe(`−${-POINT_THRESHOLDS.behind} < Δ < 0`);
    expect(formatInterval(pointsInterval("off_track")!, "Δ", plain)).toBe(`Δ ≤ −${-POINT_THRESHOLDS.behind}`);
  });

  it.each([-5, -1.01, -1, -0.99, -0.2, 0, 0.3, 0.99, 1, 2.5])("puts a gap of %d points in exactly the band statusFromPoints gives", (gap) => {
    const bands = STATUSES.filter((s) => {
      const interval = pointsInterval(s);
      return interval !== null && isInInterval(gap, interval);
    });
    expect(bands).toEqual([statusFromPoints(gap, gap >= 0)]);
  });
});
