import { describe, expect, it } from "vitest";
import { GET as getResults } from "@/app/api/v1/results/route";
import { GET as getTasks } from "@/app/api/v1/tasks/route";
import { GET as notFound } from "@/app/api/v1/[...path]/route";
import { ZResultList } from "@/lib/contracts/results";
import { ZTaskList } from "@/lib/contracts/tasks";
import { readReportText } from "@/seed/report";
import { callRoute } from "../support/request";

describe("GET /api/v1/results", () => {
  it("lists about a hundred 2019 results, verbatim, with the report's hedges", async () => {
    const res = await callRoute(getResults, "/api/v1/results?year=2019");
    expect(res.status).toBe(200);
    const { year, results } = ZResultList.parse(res.body);
    expect(year).toBe(2019);
    expect(results.length).toBeGreaterThanOrEqual(90);
    const text = readReportText();
    for (const r of results) expect(text, r.code).toContain(r.sourceQuote);
    const gdp = results.find((r) => r.code === "gdp-growth");
    expect(gdp).toMatchObject({ comparator: "about", value: 4, unit: "%", estimated: true });
    expect(results.find((r) => r.code === "afforestation")).toMatchObject({ value: 68.7, unit: "万亩", estimated: false });
    expect(results.filter((r) => r.comparator === ">=").length).toBeGreaterThan(0);
  });

  it("defaults to 2019 and rejects a malformed year", async () => {
    const res = await callRoute(getResults, "/api/v1/results");
    expect(ZResultList.parse(res.body).year).toBe(2019);
    expect((await callRoute(getResults, "/api/v1/results?year=abc")).status).toBe(400);
  });
});

describe("GET /api/v1/tasks", () => {
  it("lists the ten livelihood projects with milestones and quotes", async () => {
    const res = await callRoute(getTasks, "/api/v1/tasks?year=2020");
    expect(res.status).toBe(200);
    const { tasks } = ZTaskList.parse(res.body);
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const text = readReportText();
    for (const t of tasks) {
      expect(text).toContain(t.sourceQuote);
      expect(t.milestones.length).toBeGreaterThan(0);
      expect(t.indicatorCode).not.toBeNull();
    }
    expect(tasks.find((t) => t.number === 6)).toMatchObject({ quantity: 20, unit: "个", indicatorCode: "flush-toilets" });
  });
});

describe("unknown API paths", () => {
  it("answer a JSON 404", async () => {
    const res = await callRoute(notFound, "/api/v1/nothing-here", { params: { path: "nothing-here" } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
