import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { getTrends } from "@/lib/server/dashboard/trends";
import { getProgressList } from "@/lib/server/progress/queries";

afterAll(disconnectDb);

const EVERYTHING = { departmentId: null, department: null };
const monthsTo = (last: number) => Array.from({ length: last }, (_, i) => `2020-${String(i + 1).padStart(2, "0")}`);

describe("getTrends", () => {
  it("judges every indicator for each month from January to asOf exactly as GET /api/v1/progress does for that month", async () => {
    const db = getDb();
    const trends = await getTrends(db, { scope: EVERYTHING, year: 2020, asOf: "2020-06", includeSubmitted: false });
    expect(trends.months).toEqual(monthsTo(6));
    expect(trends.rows).toHaveLength(await db.target.count({ where: { year: 2020 } }));
    for (const [i, period] of trends.months.entries()) {
      const list = await getProgressList(db, { year: 2020, asOf: period });
      const expected = Object.fromEntries(list.indicators.map((r) => [r.code, r.status]));
      const shown = Object.fromEntries(trends.rows.map((r) => [r.code, r.cells[i]!.status]));
      expect(shown, period).toEqual(expected);
    }
    // The demo has a COVID-shaped first quarter: the months really differ.
    expect(new Set(trends.rows.flatMap((r) => r.cells.map((c) => c.status))).size).toBeGreaterThan(2);
    expect(trends.rows.every((r) => r.cells.every((c) => !c.isPreview))).toBe(true);
  });

  it("ends at the overview's default month when none is asked for, and keeps the report's section order", async () => {
    const db = getDb();
    const [trends, list] = await Promise.all([getTrends(db, { scope: EVERYTHING, year: 2020, includeSubmitted: false }), getProgressList(db, { year: 2020 })]);
    expect(trends.asOf).toBe(list.asOf);
    expect(trends.months.at(-1)).toBe(list.asOf);
    const sections = await db.section.findMany({ where: { targets: { some: { year: 2020 } } }, orderBy: { sortOrder: "asc" }, select: { code: true } });
    const seen = [...new Set(trends.rows.map((r) => r.section.code))];
    expect(seen).toEqual(sections.map((s) => s.code));
  });

  it("shows an official only their bureau's indicators", async () => {
    const db = getDb();
    const stats = await db.department.findUniqueOrThrow({ where: { code: "stats" }, select: { id: true, code: true, nameZh: true, nameEn: true } });
    const { id, ...department } = stats;
    const trends = await getTrends(db, { scope: { departmentId: id, department }, year: 2020, asOf: "2020-06", includeSubmitted: false });
    const theirs = await db.target.findMany({ where: { year: 2020, departmentId: id }, select: { indicator: { select: { code: true } } } });
    expect(trends.rows.map((r) => r.code).sort()).toEqual(theirs.map((t) => t.indicator.code).sort());
    expect(trends.rows.every((r) => r.department.code === "stats")).toBe(true);
  });

  it("counts submitted figures only in the preview, and marks the months whose judgement uses one", async () => {
    const db = getDb();
    const submitted = await db.figure.findMany({ where: { year: 2020, status: "submitted", month: { lte: 10 } }, select: { month: true, indicator: { select: { code: true } } } });
    expect(submitted.length).toBeGreaterThan(0);
    const preview = await getTrends(db, { scope: EVERYTHING, year: 2020, asOf: "2020-10", includeSubmitted: true });
    const list = await getProgressList(db, { year: 2020, asOf: "2020-10", includeSubmitted: true });
    expect(Object.fromEntries(preview.rows.map((r) => [r.code, r.cells.at(-1)!.status]))).toEqual(Object.fromEntries(list.indicators.map((r) => [r.code, r.status])));
    const marked = preview.rows.filter((r) => r.cells.at(-1)!.isPreview).map((r) => r.code).sort();
    expect(marked).toEqual([...new Set(submitted.map((f) => f.indicator.code))].sort());
    const first = Math.min(...submitted.map((f) => f.month));
    for (const row of preview.rows) for (const cell of row.cells) if (Number(cell.period.slice(5)) < first) expect(cell.isPreview).toBe(false);
    const plain = await getTrends(db, { scope: EVERYTHING, year: 2020, asOf: "2020-10", includeSubmitted: false });
    expect(plain.rows.some((r) => r.cells.some((c) => c.isPreview))).toBe(false);
  });
});
