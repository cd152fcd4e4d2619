import { afterAll, describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getPath } from "@/app/api/v1/indicators/[code]/progress/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { ZIndicatorProgress, ZProgressList } from "@/lib/contracts/progress";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { loadOverview, type TOverview } from "@/lib/server/public/overview";
import { callRoute } from "../support/request";

afterAll(disconnectDb);

const YEAR = 2020;

async function api<T>(handler: Parameters<typeof callRoute>[0], url: string, parse: (body: unknown) => T, params?: Record<string, string>): Promise<T> {
  const res = await callRoute(handler, url, { params });
  expect(res.status, url).toBe(200);
  return parse(res.body);
}

const rowsOf = (overview: TOverview) => overview.sections.flatMap((s) => s.rows);

describe("the public overview's loader", () => {
  it("judges every target as GET /api/v1/progress does, and counts them the same", async () => {
    const [overview, progress] = await Promise.all([loadOverview(getDb(), { year: YEAR }), api(getProgress, `/api/v1/progress?year=${YEAR}`, (b) => ZProgressList.parse(b))]);
    const rows = rowsOf(overview);
    expect(rows.map((r) => r.code)).toEqual(progress.indicators.map((r) => r.code));
    for (const row of rows) {
      const judged = progress.indicators.find((r) => r.code === row.code)!;
      expect({ status: row.status, actual: row.actual, expected: row.expected, period: row.period }, row.code).toEqual({
        status: judged.status,
        actual: judged.actual,
        expected: judged.expected,
        period: judged.period,
      });
    }
    expect(overview.summary).toEqual(progress.summary);
    expect(overview.dataAsOf).toBe(progress.asOf);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(2);
  });

  it("lists the targets by section in the indicators API's order, with its targets, quotes and lead bureaus", async () => {
    const [overview, list] = await Promise.all([loadOverview(getDb(), { year: YEAR }), api(getIndicators, `/api/v1/indicators?year=${YEAR}`, (b) => ZIndicatorList.parse(b))]);
    const rows = overview.sections.flatMap((s) => s.rows.map((r) => ({ section: s.code, ...r })));
    expect(rows.map((r) => [r.section, r.code, r.target, r.sourceQuote])).toEqual(
      list.indicators.map((i) => [i.section.code, i.code, { comparator: i.target.comparator, value: i.target.value, min: i.target.min, max: i.target.max }, i.target.sourceQuote]),
    );
    const perBureau = new Map<string, number>();
    for (const i of list.indicators) perBureau.set(i.department.code, (perBureau.get(i.department.code) ?? 0) + 1);
    expect(new Map(overview.bureaus.map((b) => [b.code, b.targets]))).toEqual(perBureau);
    expect(overview.bureaus.map((b) => b.targets)).toEqual([...perBureau.values()].sort((a, b) => b - a));
    const later = ZIndicatorList.parse((await callRoute(getIndicators, `/api/v1/indicators?year=${YEAR + 1}`)).body).indicators;
    expect(overview.later.map((t) => [t.code, t.sourceQuote])).toEqual(later.map((i) => [i.code, i.target.sourceQuote]));
    expect(overview.isDemo).toBe(true);
  });

  it("draws each trend from the path GET /api/v1/indicators/{code}/progress gives, up to the as-of month", async () => {
    const overview = await loadOverview(getDb(), { year: YEAR });
    const asOfMonth = Number(overview.dataAsOf!.slice(5, 7));
    const projects = await getDb().task.count({ where: { year: YEAR, indicatorId: { not: null } } });
    expect(rowsOf(overview).filter((r) => r.isProject).length).toBe(projects);
    for (const row of rowsOf(overview)) {
      const path = await api(getPath, `/api/v1/indicators/${row.code}/progress?year=${YEAR}`, (b) => ZIndicatorProgress.parse(b), { code: row.code });
      expect(row.trend.expected, row.code).toEqual(path.months.map((m) => m.expected));
      expect(row.trend.actual, row.code).toEqual(path.months.map((m, i) => (i < asOfMonth ? m.actual : null)));
    }
  });

  it("dates the figures by the latest approval, and ignores figures not yet approved", async () => {
    const db = getDb();
    const before = await loadOverview(db, { year: YEAR });
    const [latest] = await db.$queryRaw<{ at: Date }[]>`
      SELECT max(at) AS at FROM (
        SELECT published_at AS at FROM figures WHERE year = ${YEAR}
        UNION ALL SELECT m.published_at FROM task_milestones m JOIN tasks k ON k.id = m.task_id WHERE k.year = ${YEAR}) t`;
    expect(before.publishedAt).toBe(latest!.at.toISOString());

    // December has no figure yet: a submitted, a draft and a returned one there must move neither the months nor the numbers.
    // Indicators no other integration test writes, since the test files share one database and run side by side.
    const indicators = await db.indicator.findMany({ where: { code: { in: ["fixed-asset-investment-growth", "high-tech-and-tech-giant-growth", "planned-industrial-projects"] } }, select: { id: true } });
    const unpublished = await Promise.all(
      (["submitted", "draft", "returned"] as const).map((status, i) =>
        db.figure.create({ data: { indicatorId: indicators[i]!.id, year: YEAR, month: 12, value: 999, status, explanation: "internal", isDemo: true, updatedAt: new Date() } }),
      ),
    );
    try {
      expect(await loadOverview(db, { year: YEAR })).toEqual(before);
    } finally {
      await db.figure.deleteMany({ where: { id: { in: unpublished.map((f) => f.id) } } });
    }
  });
});
