import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TSeedAmount } from "./data/types";
import { REPORT, REPORT_FILE, readReportText } from "./report";

const text = readReportText();
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Targets the report states in words, not digits: the word that carries the number. */
const WORDED: Record<string, string> = {
  "poverty-exit": "全部",
  "inspection-rectification": "清零",
  "fertilizer-use-growth": "负增长",
  "pesticide-use-growth": "负增长",
};

function numberAsWritten(amount: TSeedAmount, unit: string): string[] {
  if (amount.comparator === "range") return [`${amount.min}${unit}—${amount.max}${unit}`];
  return [`${amount.value}${unit}`, `${amount.value}余${unit}`];
}

const items = [
  ...REPORT.results.map((r) => ({ code: `result:${r.code}`, amount: r as TSeedAmount, unit: r.unit, quote: r.quote })),
  ...REPORT.indicators
    .filter((i) => i.kind !== "milestone")
    .map((i) => ({ code: i.code, amount: i.target as TSeedAmount, unit: i.unit, quote: i.target.quote })),
];

describe("the report copy in seed/", () => {
  const shared = path.resolve(import.meta.dirname, "../../shared/source", path.basename(REPORT_FILE));
  it.skipIf(!existsSync(shared))("is identical to the shared source", () => {
    expect(text).toBe(readFileSync(shared, "utf8"));
  });
});

describe("report data", () => {
  it("quotes every item verbatim from the report", () => {
    const quotes = [...items.map((i) => i.quote), ...REPORT.tasks.map((t) => t.quote)];
    const missing = quotes.filter((q) => !text.includes(q));
    expect(missing).toEqual([]);
  });

  it("states each number with the report's own unit, inside its quote", () => {
    const wrong = items
      .filter((i) => {
        const word = WORDED[i.code];
        if (word) return !i.quote.includes(word);
        return !numberAsWritten(i.amount, i.unit).some((s) => i.quote.includes(s));
      })
      .map((i) => `${i.code}: ${i.quote}`);
    expect(wrong).toEqual([]);
  });

  it("uses comparators that match the report's hedges", () => {
    const wrong = items
      .filter(({ amount, quote }) => {
        switch (amount.comparator) {
          case ">=":
            return !/以上|超过|至少|余/.test(quote);
          case "<=":
            return !/以内|控制在/.test(quote);
          case "about":
            return !quote.includes("左右");
          case "<":
            return !quote.includes("负增长");
          case "range":
            return !quote.includes("—");
          case "=":
            return new RegExp(`${amount.value}[^，,。；]{0,3}(以上|以内|左右)`).test(quote);
        }
      })
      .map((i) => `${i.code} ${i.amount.comparator}: ${i.quote}`);
    expect(wrong).toEqual([]);
  });

  it("marks results estimated where the report says 预计", () => {
    const unmarked = REPORT.results.filter((r) => r.quote.includes("预计") && !r.estimated).map((r) => r.code);
    expect(unmarked).toEqual([]);
    expect(REPORT.results.filter((r) => r.estimated).length).toBeGreaterThanOrEqual(7);
  });

  it("has unique kebab-case codes and valid references", () => {
    const sections = new Set(REPORT.sections.map((s) => s.code));
    const departments = new Set(REPORT.departments.map((d) => d.code));
    const results = new Set(REPORT.results.map((r) => r.code));
    const indicators = new Set(REPORT.indicators.map((i) => i.code));
    for (const list of [REPORT.sections, REPORT.departments, REPORT.results, REPORT.indicators, REPORT.tasks]) {
      const codes = list.map((x) => x.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.filter((c) => !KEBAB.test(c))).toEqual([]);
    }
    for (const r of REPORT.results) expect(sections.has(r.section), r.code).toBe(true);
    for (const i of REPORT.indicators) {
      expect(sections.has(i.section), i.code).toBe(true);
      expect(departments.has(i.department), i.code).toBe(true);
      if (i.baseline) expect(results.has(i.baseline.result), i.code).toBe(true);
    }
    for (const t of REPORT.tasks) {
      expect(indicators.has(t.indicator), t.code).toBe(true);
      expect(departments.has(t.department), t.code).toBe(true);
    }
  });

  it("gives each seasonal schedule twelve rising shares ending at 1", () => {
    for (const i of REPORT.indicators) {
      const s = i.target.schedule;
      if (s?.kind !== "profile") continue;
      expect(s.cumulative, i.code).toHaveLength(12);
      expect(s.cumulative.every((v, k) => v >= 0 && v <= 1 && (k === 0 || v >= s.cumulative[k - 1]!)), i.code).toBe(true);
      expect(s.cumulative[11], i.code).toBe(1);
    }
  });

  it("covers the report: dozens of targets, about a hundred results, ten livelihood projects", () => {
    expect(REPORT.indicators.filter((i) => i.target.year === 2020).length).toBeGreaterThan(40);
    expect(REPORT.results.length).toBeGreaterThanOrEqual(90);
    expect(REPORT.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
