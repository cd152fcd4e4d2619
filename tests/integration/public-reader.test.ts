import { afterAll, describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getResults } from "@/app/api/v1/results/route";
import { GET as getTasks } from "@/app/api/v1/tasks/route";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { ZResultList } from "@/lib/contracts/results";
import { ZTaskList } from "@/lib/contracts/tasks";
import { disconnectDb, getDb, type TDbClient } from "@/lib/server/db/client";
import { loadProjects } from "@/lib/server/public/projects";
import { loadReport, readReportFile, type TReportView } from "@/lib/server/public/report";
import type { TRun } from "@/lib/server/public/report-text";
import { loadReview } from "@/lib/server/public/review-2019";
import { callRoute } from "../support/request";

afterAll(disconnectDb);

const ROLLBACK = new Error("rollback");

/** Runs `body` in a transaction that is always rolled back, so the shared database stays as seeded. */
async function inRolledBack(body: (tx: TDbClient) => Promise<void>): Promise<void> {
  await expect(
    getDb().$transaction(async (tx) => {
      await body(tx);
      throw ROLLBACK;
    }),
  ).rejects.toBe(ROLLBACK);
}

const api = async <T>(route: Parameters<typeof callRoute>[0], url: string, parse: (body: unknown) => T): Promise<T> => parse((await callRoute(route, url)).body);

const marksOf = (view: TReportView) => view.blocks.flatMap((b) => b.runs.filter((r): r is TRun & { type: "mark" } => r.type === "mark"));

/** The report text each key's marks cover, piece by piece. */
function markedText(view: TReportView): Map<string, string> {
  const out = new Map<string, string>();
  for (const mark of marksOf(view)) for (const s of mark.segments) for (const key of s.keys) out.set(key, (out.get(key) ?? "") + s.text);
  return out;
}

describe("loadReport", () => {
  it("marks every target's, result's and livelihood project's quote, with exactly one anchor per code", async () => {
    const view = await loadReport(getDb(), { year: 2020 });
    const indicators = await api(getIndicators, "/api/v1/indicators?year=2020", ZIndicatorList.parse);
    const later = await api(getIndicators, "/api/v1/indicators?year=2021", ZIndicatorList.parse);
    const results = await api(getResults, "/api/v1/results?year=2019", ZResultList.parse);
    const tasks = await api(getTasks, "/api/v1/tasks?year=2020", ZTaskList.parse);
    expect(view.missing, `quotes not found in the report: ${view.missing.map((m) => `${m.key} «${m.quote}»`).join("; ")}`).toEqual([]);
    expect(view.loose).toEqual([]);

    const quotes = [
      ...[...indicators.indicators, ...later.indicators].map((i) => [`q-${i.code}`, i.target.sourceQuote] as const),
      ...results.results.map((r) => [`r-${r.code}`, r.sourceQuote] as const),
      ...tasks.tasks.map((t) => [`q-${t.code}`, t.sourceQuote] as const),
    ];
    const anchors = marksOf(view).flatMap((m) => m.anchors);
    const expectedKeys = [...new Set(quotes.map(([key]) => key))].sort();
    expect([...anchors].sort()).toEqual(expectedKeys);
    const marked = markedText(view);
    const unmarked = quotes.filter(([key, quote]) => !(marked.get(key) ?? "").includes(quote)).map(([key]) => key);
    expect(unmarked, "quotes whose text is not covered by their code's marks").toEqual([]);

    expect(view.counts).toMatchObject({ targets: indicators.indicators.length + later.indicators.length, results: results.results.length, projects: 10 });
    expect(view.refs.find((r) => r.key === "q-happy-communities")?.kinds.sort()).toEqual(["project", "target"]);
    expect(view.refs.find((r) => r.key === "q-special-vehicle-capacity")?.kinds).toEqual(["target"]);
  });

  it("keeps the report's text whole: the blocks read back to the file, line by line", async () => {
    const text = await readReportFile(2020);
    const view = await loadReport(getDb(), { year: 2020 });
    const lines = view.blocks.map((b) => b.runs.map((r) => (r.type === "text" ? r.text : r.segments.map((s) => s.text).join(""))).join(""));
    expect(lines).toEqual(text.split("\n").map((l) => l.trim()).filter((l) => l !== ""));
    expect(view.blocks.filter((b) => b.kind === "part").length).toBe(2);
    expect(view.blocks.filter((b) => b.kind === "chapter").length).toBe(8);
  });

  it("names a quote it cannot find, and finds one whose whitespace differs from the report", async () => {
    await inRolledBack(async (tx) => {
      const gdp = await tx.target.findFirstOrThrow({ where: { year: 2020, indicator: { code: "gdp-growth" } }, select: { id: true } });
      await tx.target.update({ where: { id: gdp.id }, data: { sourceQuote: "地区生产总值增长50%" } });
      const pm = await tx.target.findFirstOrThrow({ where: { year: 2020, indicator: { code: "pm25-mean" } }, select: { id: true, sourceQuote: true } });
      const spaced = `${pm.sourceQuote.slice(0, 3)}\n ${pm.sourceQuote.slice(3)}`;
      await tx.target.update({ where: { id: pm.id }, data: { sourceQuote: spaced } });
      const view = await loadReport(tx, { year: 2020 });
      expect(view.missing).toEqual([{ key: "q-gdp-growth", quote: "地区生产总值增长50%" }]);
      expect(view.loose).toEqual(["q-pm25-mean"]);
      expect(markedText(view).get("q-pm25-mean")).toContain(pm.sourceQuote);
    });
  });
});

describe("loadReview", () => {
  it("lists exactly the API's 2019 results, by section in the report's order, with the 2020 targets built on them", async () => {
    const { results } = await api(getResults, "/api/v1/results?year=2019", ZResultList.parse);
    const review = await loadReview(getDb(), { year: 2019 });
    const listed = review.sections.flatMap((s) => s.results);
    expect(listed.map(({ targets: _targets, ...r }) => r)).toEqual(results);
    expect(review.total).toBe(results.length);
    expect(new Set(review.sections.map((s) => s.code)).size).toBe(review.sections.length);

    const { indicators } = await api(getIndicators, "/api/v1/indicators?year=2020", ZIndicatorList.parse);
    const withBaseline = indicators.filter((i) => i.baseline);
    expect(listed.flatMap((r) => r.targets.map((t) => t.code)).sort()).toEqual(withBaseline.map((i) => i.code).sort());
    const gdp = listed.find((r) => r.code === "gdp-growth")!;
    expect(gdp.targets).toEqual([expect.objectContaining({ code: "gdp-growth", comparator: "range", min: 5, max: 6, comparable: true })]);
    const notLike = withBaseline.find((i) => !i.baseline!.comparable)!;
    expect(listed.find((r) => r.code === notLike.baseline!.code)!.targets).toContainEqual(expect.objectContaining({ code: notLike.code, comparable: false }));
  });
});

describe("loadProjects", () => {
  it("equals /api/v1/tasks for the same day, with each project's anchor in the report", async () => {
    const list = await api(getTasks, "/api/v1/tasks?year=2020&asOf=2020-08-15", ZTaskList.parse);
    const projects = await loadProjects(getDb(), { year: 2020, asOf: "2020-08-15" });
    expect(projects.tasks.map(({ reportKey: _key, ...t }) => t)).toEqual(list.tasks);
    expect(projects.tasks.map((t) => t.reportKey)).toEqual(list.tasks.map((t) => `q-${t.code}`));
    expect(projects.isDemo).toBe(list.tasks.some((t) => t.isDemo));
  });

  it("shows a milestone's approved state only: a submitted done date and note stay out", async () => {
    await inRolledBack(async (tx) => {
      const open = await tx.taskMilestone.findFirstOrThrow({ where: { publishedAt: null, task: { year: 2020 } }, select: { id: true, dueDate: true, sortOrder: true, task: { select: { code: true } } } });
      await tx.taskMilestone.update({ where: { id: open.id }, data: { doneDate: open.dueDate, note: "DRAFT-NOTE-NOT-PUBLIC", status: "submitted", submittedAt: new Date() } });
      const projects = await loadProjects(tx, { year: 2020, asOf: "2020-12-31" });
      const milestone = projects.tasks.find((t) => t.code === open.task.code)!.milestones.find((m) => m.number === open.sortOrder)!;
      expect(milestone).toMatchObject({ doneDate: null, note: null });
      expect(JSON.stringify(projects)).not.toContain("DRAFT-NOTE-NOT-PUBLIC");
    });
  });
});
