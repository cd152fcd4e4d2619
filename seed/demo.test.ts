import { describe, expect, it } from "vitest";
import { buildDemoFigures, buildDemoRevisions, buildDemoTaskStates, DEMO_LAST_APPROVED_MONTH, DEMO_OPEN_MONTH } from "./demo";
import { REPORT } from "./report";

const figures = buildDemoFigures(REPORT.indicators);
const byIndicator = new Map<string, typeof figures>();
for (const f of figures) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
const indicator = (code: string) => REPORT.indicators.find((i) => i.code === code)!;

describe("demo figures", () => {
  it("are the same on every run", () => {
    expect(buildDemoFigures(REPORT.indicators)).toEqual(figures);
  });

  it("cover every 2020 indicator through the last approved month and none of a later year", () => {
    const projectIndicators = new Set(REPORT.tasks.map((t) => t.indicator));
    for (const ind of REPORT.indicators) {
      const own = byIndicator.get(ind.code) ?? [];
      if (ind.target.year !== 2020 || (ind.kind === "milestone" && projectIndicators.has(ind.code))) {
        expect(own, ind.code).toEqual([]);
        continue;
      }
      const approved = own.filter((f) => f.status === "approved").map((f) => f.month);
      expect(Math.max(...approved), ind.code).toBe(ind.code === "gdp-growth" ? 9 : DEMO_LAST_APPROVED_MONTH);
      expect(own.filter((f) => f.month > DEMO_OPEN_MONTH), ind.code).toEqual([]);
    }
  });

  it("leave the open month partly reported, partly in draft", () => {
    const open = figures.filter((f) => f.month === DEMO_OPEN_MONTH);
    expect(open.some((f) => f.status === "submitted")).toBe(true);
    expect(open.some((f) => f.status === "draft")).toBe(true);
    const reporting = REPORT.indicators.filter((i) => i.target.year === 2020 && i.code !== "gdp-growth").length;
    expect(open.length).toBeLessThan(reporting);
  });

  it("report GDP quarterly and show a COVID dip in the first quarter", () => {
    expect((byIndicator.get("gdp-growth") ?? []).map((f) => f.month)).toEqual([3, 6, 9]);
    for (const code of ["gdp-growth", "industrial-value-added-growth", "retail-sales-growth"]) {
      const own = byIndicator.get(code)!;
      expect(own[0]!.value, code).toBeLessThan(0);
      expect(own[0]!.note, code).toContain("疫情");
      expect(own.at(-1)!.value, code).toBeGreaterThan(own[0]!.value);
    }
  });

  it("never let a year-to-date total fall, per unit, nor a monthly amount go negative", () => {
    for (const ind of REPORT.indicators.filter((i) => i.kind === "cumulative" || i.kind === "milestone")) {
      for (const unit of ind.target.units?.map((u) => u.code) ?? [null]) {
        const values = (byIndicator.get(ind.code) ?? []).filter((f) => f.unit === unit).map((f) => f.value);
        if (unit !== null) expect(values.length, `${ind.code} ${unit}`).toBeGreaterThan(0);
        const ok = ind.target.basis === "month_amount" ? values.every((v) => v >= 0) : values.every((v, k) => k === 0 || v >= values[k - 1]!);
        expect(ok, `${ind.code} ${unit}`).toBe(true);
      }
    }
  });

  it("give per-unit targets one figure per unit and month, and no unit elsewhere", () => {
    for (const ind of REPORT.indicators) {
      const own = byIndicator.get(ind.code) ?? [];
      const units = new Set(own.map((f) => f.unit));
      if (ind.target.units) expect([...units].sort(), ind.code).toEqual(ind.target.units.map((u) => u.code).sort());
      else expect([...units], ind.code).toEqual(own.length > 0 ? [null] : []);
      expect(new Set(own.map((f) => `${f.unit}:${f.month}`)).size, ind.code).toBe(own.length);
    }
  });

  it("are written in the entry unit as the basis says: training as people trained each month", () => {
    const training = byIndicator.get("employment-training")!;
    expect(training.every((f) => Number.isInteger(f.value))).toBe(true);
    const approved = training.filter((f) => f.status === "approved");
    const total = approved.reduce((sum, f) => sum + f.value, 0);
    // 1万人 a year in 人: by September thousands, not a fraction of one.
    expect(total).toBeGreaterThan(3000);
    expect(total).toBeLessThan(12000);
    expect(Math.max(...approved.map((f) => f.value))).toBeLessThan(total);
  });

  it("stay plausible: PM2.5 worse in winter, good-air days within the month", () => {
    const pm = byIndicator.get("pm25-mean")!;
    expect(pm.find((f) => f.month === 1)!.value).toBeGreaterThan(pm.find((f) => f.month === 7)!.value);
    for (const f of byIndicator.get("good-air-days")!) expect(f.value).toBeLessThanOrEqual(31);
    const afforestation = byIndicator.get("afforestation")!;
    expect(afforestation.at(-1)!.value).toBeLessThanOrEqual(indicator("afforestation").target.value! * 1.1);
  });

  it("include one revision of an approved figure", () => {
    const revisions = buildDemoRevisions(figures);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.firstValue).not.toBe(figures.find((f) => f.indicator === "gdp-growth" && f.month === 3)!.value);
  });
});

describe("demo milestone reports", () => {
  const reports = buildDemoTaskStates(REPORT.tasks);
  const planOf = (r: (typeof reports)[number]) => REPORT.tasks.find((t) => t.code === r.task)!.milestones[r.number - 1]!;

  it("publish only milestones due by the end of September, done by then; October stays open", () => {
    const approved = reports.filter((r) => r.status === "approved");
    expect(approved.length).toBeGreaterThan(20);
    for (const r of approved) {
      expect(planOf(r).due <= "2020-09-30", `${r.task} ${r.number}`).toBe(true);
      expect(r.doneDate! <= "2020-09-30" && r.doneDate! >= "2020-01-01", `${r.task} ${r.number}`).toBe(true);
    }
    for (const r of reports.filter((x) => x.status !== "approved")) expect(r.doneDate!.startsWith("2020-10"), `${r.task} ${r.number}`).toBe(true);
  });

  it("hold one submitted, one returned (with its reason) and one draft, each on a different milestone", () => {
    expect(reports.filter((r) => r.status === "submitted")).toHaveLength(1);
    expect(reports.filter((r) => r.status === "draft")).toHaveLength(1);
    const returned = reports.filter((r) => r.status === "returned");
    expect(returned).toHaveLength(1);
    expect(returned[0]!.returnReason).toContain("演示数据");
    expect(new Set(reports.map((r) => `${r.task}#${r.number}`)).size).toBe(reports.length);
  });

  it("leave one project in five with an overdue milestone, and are the same on every run", () => {
    const overdue = REPORT.tasks.filter((t) =>
      t.milestones.some((m, i) => m.due <= "2020-09-30" && !reports.some((r) => r.task === t.code && r.number === i + 1 && r.status === "approved")),
    );
    expect(overdue).toHaveLength(2);
    expect(buildDemoTaskStates(REPORT.tasks)).toEqual(reports);
  });

  it("enter no separate % done figure for a project's milestone indicator", () => {
    const projectIndicators = new Set(REPORT.tasks.map((t) => t.indicator));
    const milestoneKind = REPORT.indicators.filter((i) => i.kind === "milestone" && projectIndicators.has(i.code));
    expect(milestoneKind.length).toBeGreaterThan(0);
    for (const ind of milestoneKind) expect(byIndicator.get(ind.code) ?? [], ind.code).toEqual([]);
  });
});
