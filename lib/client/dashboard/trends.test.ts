import { describe, expect, it } from "vitest";
import type { TProgressStatus } from "../../contracts/tracking";
import { countStatusesByMonth, toStackedSeries } from "./trends";

const MONTHS = ["2020-01", "2020-02", "2020-03"];
const row = (...statuses: TProgressStatus[]) => ({ cells: statuses.map((status, i) => ({ period: MONTHS[i]!, status, isPreview: false })) });

describe("countStatusesByMonth", () => {
  it("counts each month's statuses, every status present", () => {
    const counts = countStatusesByMonth([row("no_data", "behind", "on_track"), row("no_data", "off_track", "on_track"), row("ahead", "ahead", "achieved")], MONTHS);
    expect(counts.map((m) => m.total)).toEqual([3, 3, 3]);
    expect(counts[0]!.counts).toEqual({ off_track: 0, behind: 0, no_data: 2, on_track: 0, ahead: 1, achieved: 0 });
    expect(counts[1]!.counts).toMatchObject({ behind: 1, off_track: 1, ahead: 1 });
    expect(counts[2]!.counts).toMatchObject({ on_track: 2, achieved: 1 });
  });

  it("refuses rows whose cells do not line up with the months", () => {
    expect(() => countStatusesByMonth([row("ahead", "ahead")], MONTHS)).toThrow(/2020-03/);
  });

  it("has a zero month when there are no rows", () => {
    expect(countStatusesByMonth([], MONTHS.slice(0, 1))).toEqual([{ period: "2020-01", counts: { off_track: 0, behind: 0, no_data: 0, on_track: 0, ahead: 0, achieved: 0 }, total: 0 }]);
  });
});

describe("toStackedSeries", () => {
  it("flattens the counts into one point per month", () => {
    const [point] = toStackedSeries(countStatusesByMonth([row("behind"), row("behind")], MONTHS.slice(0, 1)));
    expect(point).toEqual({ period: "2020-01", off_track: 0, behind: 2, no_data: 0, on_track: 0, ahead: 0, achieved: 0 });
  });
});
