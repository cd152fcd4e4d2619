import { describe, expect, it } from "vitest";
import { buildStatusMatrix, totalsOf } from "./matrix";

const items = [
  { key: "economy", label: "经济", status: "on_track" as const },
  { key: "ecology", label: "生态", status: "off_track" as const },
  { key: "economy", label: "经济", status: "behind" as const },
  { key: "people", label: "民生", status: "behind" as const },
  { key: "people", label: "民生", status: "behind" as const },
];

describe("buildStatusMatrix", () => {
  it("counts every status per row, rows in the order they appear", () => {
    const rows = buildStatusMatrix(items);
    expect(rows.map((r) => r.key)).toEqual(["economy", "ecology", "people"]);
    expect(rows[0]).toMatchObject({ total: 2, lagging: 1, counts: { on_track: 1, behind: 1, off_track: 0, achieved: 0, ahead: 0, no_data: 0 } });
  });

  it("puts the rows with off-track indicators first, then the most lagging, when asked", () => {
    expect(buildStatusMatrix(items, { laggingFirst: true }).map((r) => r.key)).toEqual(["ecology", "people", "economy"]);
  });

  it("totals add up to the number of items", () => {
    const totals = totalsOf(buildStatusMatrix(items));
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(items.length);
    expect(totals.behind).toBe(3);
  });
});
