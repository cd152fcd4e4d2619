import { afterAll, describe, expect, it } from "vitest";
import { GET as getDetail } from "@/app/api/v1/indicators/[code]/route";
import { GET as getPath } from "@/app/api/v1/indicators/[code]/progress/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as getTasks } from "@/app/api/v1/tasks/route";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { loadPublicIndicator } from "@/lib/server/public/indicator";
import { todayInChina } from "@/lib/server/tasks/dto";
import { callRoute } from "../support/request";

afterAll(disconnectDb);

const YEAR = 2020;
const today = todayInChina();

async function api(handler: Parameters<typeof callRoute>[0], url: string, params: Record<string, string> = {}) {
  const res = await callRoute(handler, url, { params });
  expect(res.status, url).toBe(200);
  return res.body as Record<string, unknown>;
}

async function load(code: string) {
  const data = await loadPublicIndicator(getDb(), { code, year: YEAR, today });
  expect(data, code).not.toBeNull();
  return data!;
}

describe("loadPublicIndicator", () => {
  it("gives what the public API gives, for indicators of every kind", async () => {
    const progress = (await api(getProgress, `/api/v1/progress?year=${YEAR}`)) as { asOf: string; indicators: { code: string }[] };
    for (const code of ["gdp-growth", "good-air-days", "pm25-mean", "rural-scenic-byway-per-county", "afforestation", "libraries-and-venues"]) {
      const data = await load(code);
      const detail = await api(getDetail, `/api/v1/indicators/${code}?year=${YEAR}`, { code });
      const path = await api(getPath, `/api/v1/indicators/${code}/progress?year=${YEAR}`, { code });
      const { figures, revisions, year: _year, ...indicator } = detail;
      expect(data.indicator, code).toEqual(indicator);
      expect(data.figures, code).toEqual(figures);
      expect(data.revisions, code).toEqual(revisions);
      expect(data.months, code).toEqual(path.months);
      expect(data.asOf).toBe(progress.asOf);
      expect(data.progress, code).toEqual(progress.indicators.find((row) => row.code === code));
      // Plain JSON: what the cache keeps is what the page gets.
      expect(JSON.parse(JSON.stringify(data)), code).toEqual(data);
    }
  });

  it("dates the data by its latest published month and the latest approval apart", async () => {
    const data = await load("gdp-growth");
    const published = await getDb().figure.findMany({ where: { year: YEAR, indicator: { code: "gdp-growth" }, publishedAt: { not: null } }, select: { month: true, publishedAt: true } });
    const lastMonth = Math.max(...published.map((f) => f.month));
    expect(data.dataAsOf).toBe(`${YEAR}-${String(lastMonth).padStart(2, "0")}`);
    const approvals = await getDb().figurePublication.findMany({ where: { figure: { year: YEAR, indicator: { code: "gdp-growth" } } }, select: { publishedAt: true } });
    expect(data.publishedAt).toBe(new Date(Math.max(...approvals.map((a) => a.publishedAt.getTime()))).toISOString());
    expect(data.revisions.length).toBeGreaterThan(0);
    expect(data.isDemo).toBe(true);
  });

  it("shows a livelihood project's published milestones as the tasks API does", async () => {
    const data = await load("libraries-and-venues");
    const tasks = (await api(getTasks, `/api/v1/tasks?year=${YEAR}`)) as { tasks: { indicatorCode: string | null }[] };
    expect(data.task).toEqual(tasks.tasks.find((t) => t.indicatorCode === "libraries-and-venues"));
    expect(data.figures).toEqual([]);
    const done = data.task!.milestones.map((m) => m.doneDate).filter((d): d is string => d !== null).sort();
    expect(data.dataAsOf).toBe(done.at(-1)?.slice(0, 7) ?? null);
    expect(data.publishedAt).not.toBeNull();
  });

  it("is null for an unknown code and for an indicator without a target in the year", async () => {
    expect(await loadPublicIndicator(getDb(), { code: "no-such-indicator", year: YEAR, today })).toBeNull();
    expect(await getDb().target.count({ where: { year: 2021, indicator: { code: "special-vehicle-capacity" } } })).toBe(1);
    expect(await loadPublicIndicator(getDb(), { code: "special-vehicle-capacity", year: YEAR, today })).toBeNull();
  });

  it("never carries a submitted, draft or returned value, nor an internal explanation", async () => {
    const db = getDb();
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "afforestation" }, select: { id: true } });
    const before = await load("afforestation");
    const taken = new Set((await db.figure.findMany({ where: { indicatorId: indicator.id, year: YEAR }, select: { month: true } })).map((f) => f.month));
    const free = [12, 11, 10].filter((m) => !taken.has(m));
    expect(free.length).toBeGreaterThanOrEqual(1);
    const statuses = (["submitted", "draft", "returned"] as const).slice(0, free.length);
    const created = await Promise.all(
      statuses.map((status, i) =>
        db.figure.create({ data: { indicatorId: indicator.id, year: YEAR, month: free[i]!, value: 987654 + i, note: `NOTE-${status}`, explanation: `EXPLAIN-${status}`, status, isDemo: true } }),
      ),
    );
    // A published figure's internal explanation stays internal too.
    const published = await db.figure.findFirstOrThrow({ where: { indicatorId: indicator.id, year: YEAR, publishedAt: { not: null } }, select: { id: true, explanation: true } });
    await db.figure.update({ where: { id: published.id }, data: { explanation: "EXPLAIN-published" } });
    try {
      const after = await load("afforestation");
      const text = JSON.stringify(after);
      for (const secret of ["987654", "987655", "987656", "NOTE-", "EXPLAIN-"]) expect(text, secret).not.toContain(secret);
      expect(after).toEqual(before);
    } finally {
      await db.figure.update({ where: { id: published.id }, data: { explanation: published.explanation } });
      await db.figure.deleteMany({ where: { id: { in: created.map((f) => f.id) } } });
    }
  });
});
