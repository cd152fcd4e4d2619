import { afterAll, describe, expect, it } from "vitest";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as getPath } from "@/app/api/v1/indicators/[code]/progress/route";
import { GET as getTasks } from "@/app/api/v1/tasks/route";
import { ZIndicatorProgress, ZProgressList } from "@/lib/contracts/progress";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { callRoute } from "../support/request";

afterAll(disconnectDb);

async function progress(query: string) {
  const res = await callRoute(getProgress, `/api/v1/progress?${query}`);
  return { status: res.status, body: res.body };
}

describe("GET /api/v1/progress", () => {
  it("judges every indicator of the year as of a month, the summary adding up to the rows", async () => {
    const res = await progress("year=2020&asOf=2020-06");
    expect(res.status).toBe(200);
    const list = ZProgressList.parse(res.body);
    expect(list.asOf).toBe("2020-06");
    expect(list.indicators.length).toBe(await getDb().target.count({ where: { year: 2020 } }));
    expect(Object.values(list.summary).reduce((a, b) => a + b, 0)).toBe(list.indicators.length);
    expect(new Set(Object.keys(list.summary))).toEqual(new Set(["achieved", "ahead", "on_track", "behind", "off_track", "no_data"]));
    for (const row of list.indicators) if (row.period !== null) expect(row.period <= "2020-06").toBe(true);
  });

  it("defaults asOf to the latest month with a published figure", async () => {
    const list = ZProgressList.parse((await progress("year=2020")).body);
    const latest = await getDb().figure.findFirst({ where: { year: 2020, publishedAt: { not: null } }, orderBy: { month: "desc" }, select: { month: true } });
    expect(list.asOf).toBe(`2020-${String(latest!.month).padStart(2, "0")}`);
  });

  it("refuses a malformed asOf or one outside the year", async () => {
    for (const q of ["year=2020&asOf=2020-13", "year=2020&asOf=2019-06", "year=2020&asOf=June", "year=abc", "year=2020&asOf=2020-06&asOf=2020-07"]) {
      const res = await progress(q);
      expect(res.status, q).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "INVALID", requestId: expect.any(String) } });
    }
  });

  it("uses published figures only: a submitted or draft value changes nothing until approved", async () => {
    const db = getDb();
    const before = ZProgressList.parse((await progress("year=2020&asOf=2020-12")).body);
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "high-standard-farmland" }, select: { id: true } });
    const draft = await db.figure.create({ data: { indicatorId: indicator.id, year: 2020, month: 12, value: 999999, status: "submitted", isDemo: true } });
    try {
      const after = ZProgressList.parse((await progress("year=2020&asOf=2020-12")).body);
      expect(after.indicators.find((r) => r.code === "high-standard-farmland")).toEqual(before.indicators.find((r) => r.code === "high-standard-farmland"));
    } finally {
      await db.figure.delete({ where: { id: draft.id } });
    }
  });

  it("takes a livelihood project's progress from its published milestones, as the tasks API does", async () => {
    const list = ZProgressList.parse((await progress("year=2020&asOf=2020-12")).body);
    const tasks = (await callRoute(getTasks, "/api/v1/tasks?year=2020&asOf=2020-12")).body as { tasks: { indicatorCode: string | null; progressPercent: number }[] };
    const milestoneCodes = (await getDb().indicator.findMany({ where: { kind: "milestone" }, select: { code: true } })).map((i) => i.code);
    let compared = 0;
    for (const task of tasks.tasks) {
      if (!task.indicatorCode || !milestoneCodes.includes(task.indicatorCode)) continue;
      expect(list.indicators.find((r) => r.code === task.indicatorCode)?.actual, task.indicatorCode).toBe(task.progressPercent);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe("GET /api/v1/indicators/{code}/progress", () => {
  it("gives twelve months of actual, expected and status, agreeing with the list for each month", async () => {
    const res = await callRoute(getPath, "/api/v1/indicators/afforestation/progress?year=2020", { params: { code: "afforestation" } });
    expect(res.status).toBe(200);
    const path = ZIndicatorProgress.parse(res.body);
    expect(path.months.map((m) => m.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, "0")}`));
    for (const month of ["2020-03", "2020-06", "2020-09"]) {
      const row = ZProgressList.parse((await progress(`year=2020&asOf=${month}`)).body).indicators.find((r) => r.code === "afforestation")!;
      const point = path.months.find((m) => m.period === month)!;
      expect(point.status, month).toBe(row.status);
      expect(point.actual, month).toBe(row.actual);
    }
  });

  it("answers an unknown code with 404", async () => {
    const res = await callRoute(getPath, "/api/v1/indicators/nope/progress?year=2020", { params: { code: "nope" } });
    expect(res.status).toBe(404);
  });
});
