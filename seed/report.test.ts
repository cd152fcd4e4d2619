import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZScheduleProfile } from "../lib/contracts/tracking";
import type { TBasis, TIndicatorKind, TSeedAmount } from "./data/types";
import { REPORT, REPORT_FILE, readReportText } from "./report";

const text = readReportText();
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCHEDULED = new Set<TIndicatorKind>(["cumulative", "day_count", "average", "milestone"]);
const BASES: Record<TIndicatorKind, readonly TBasis[]> = {
  growth_rate: ["ytd_rate"],
  cumulative: ["ytd_total", "month_amount"],
  level: ["current"],
  share: ["current"],
  average: ["month_mean"],
  day_count: ["month_count"],
  milestone: ["percent_done"],
};

/** The clause of the report a quote sits in: from the previous punctuation mark to the quote's end. */
function clauseOf(quote: string): string {
  const at = text.indexOf(quote);
  const before = text.slice(0, at);
  const start = Math.max(...["，", ",", "。", "；", ";", "：", ":", "\n"].map((p) => before.lastIndexOf(p))) + 1;
  return text.slice(start, at + quote.length);
}

/** Targets the report states in words, not digits: the word that carries the number. */
const WORDED: Record<string, string> = {
  "poverty-exit": "全部",
  "inspection-rectification": "清零",
  "fertilizer-use-growth": "负增长",
  "pesticide-use-growth": "负增长",
  "general-expenditure-growth": "只减不增",
  "three-public-expenses-growth": "只减不增",
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
            return !/以内|控制在|只减不增/.test(quote);
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

  it("gives every cumulative, day-count, average and milestone target twelve non-decreasing shares ending at 1, and no other kind one", () => {
    for (const i of REPORT.indicators) {
      const s = i.target.schedule;
      if (!SCHEDULED.has(i.kind)) {
        expect(s, i.code).toBeUndefined();
        continue;
      }
      expect(ZScheduleProfile.safeParse(s).success, i.code).toBe(true);
    }
    expect(ZScheduleProfile.safeParse([0.5, 0.4, ...Array(9).fill(0.9), 1]).success).toBe(false);
    expect(ZScheduleProfile.safeParse([...Array(11).fill(0.5), 0.99]).success).toBe(false);
  });

  it("reads good-air days and PM2.5 with seasonal paths: winter months carry fewer good days and more PM2.5", () => {
    const monthShare = (code: string, month: number) => {
      const s = REPORT.indicators.find((i) => i.code === code)!.target.schedule!;
      return s[month - 1]! - (month > 1 ? s[month - 2]! : 0);
    };
    expect(monthShare("good-air-days", 1)).toBeLessThan(monthShare("good-air-days", 7));
    expect(monthShare("pm25-mean", 1)).toBeGreaterThan(2 * monthShare("pm25-mean", 7));
  });

  it("says what each monthly figure is, in a basis that fits the kind, and how often it comes", () => {
    const wrong = REPORT.indicators.filter((i) => !BASES[i.kind].includes(i.target.basis)).map((i) => `${i.code}: ${i.kind} ${i.target.basis}`);
    expect(wrong).toEqual([]);
    const quarterly = REPORT.indicators.filter((i) => i.target.frequency === "quarterly").map((i) => i.code);
    expect(quarterly).toEqual(["gdp-growth"]);
  });

  it("gives a factor wherever officials type another unit than the report's, and none elsewhere", () => {
    for (const i of REPORT.indicators) {
      const t = i.target;
      expect(t.entryUnit === undefined || t.entryUnit !== i.unit, i.code).toBe(true);
      expect(t.entryUnit === undefined, i.code).toBe(t.entryFactor === undefined);
    }
    const training = REPORT.indicators.find((i) => i.code === "employment-training")!.target;
    expect(training).toMatchObject({ basis: "month_amount", entryUnit: "人", entryFactor: 0.0001 });
  });

  it("keeps the report's hedge: 力争 aspirational and 确保 guaranteed exactly where the sentence says so", () => {
    // A livelihood project's whole sentence is its quote; its 确保 (确保广大居民人身安全) is the project's aim, not a hedge on a number.
    const projects = new Set(REPORT.tasks.map((t) => t.code));
    const wrong = REPORT.indicators
      .filter((i) => !projects.has(i.code))
      .filter((i) => {
        const clause = clauseOf(i.target.quote);
        const expected = clause.includes("力争") ? "aspirational" : clause.includes("确保") ? "guaranteed" : undefined;
        return i.target.hedge !== expected || (expected !== undefined && !i.target.quote.includes(expected === "aspirational" ? "力争" : "确保"));
      })
      .map((i) => `${i.code}: ${i.target.hedge ?? "none"} for ${clauseOf(i.target.quote)}`);
    expect(wrong).toEqual([]);
    expect(REPORT.indicators.filter((i) => i.target.hedge).length).toBeGreaterThanOrEqual(8);
  });

  it("splits per-unit targets into their units, each with the report's own number", () => {
    const perUnit = REPORT.indicators.filter((i) => i.target.units);
    expect(perUnit.map((i) => [i.code, i.target.units!.length])).toEqual([
      ["dev-zone-industrial-carrier-area", 3],
      ["rural-scenic-byway-per-county", 3],
      ["rural-scenic-byway-per-district", 2],
    ]);
    for (const i of perUnit) {
      expect(i.target.quote, i.code).toMatch(/各|每个/);
      expect(i.target.units!.every((u) => u.value === i.target.value && KEBAB.test(u.code)), i.code).toBe(true);
    }
    // 三个县(市) and 两个区: as many units as the sentence counts.
    expect(REPORT.indicators.filter((i) => !i.target.units && /各完成|每个/.test(i.target.quote)).map((i) => i.code)).toEqual([]);
  });

  it("tracks the commitments worded without a plain number, each with its verbatim quote", () => {
    const quoteOf = (code: string) => REPORT.indicators.find((i) => i.code === code)?.target.quote;
    expect(quoteOf("general-expenditure-growth")).toBe("确保一般性支出和“三公”经费只减不增");
    expect(quoteOf("three-public-expenses-growth")).toBe("确保一般性支出和“三公”经费只减不增");
    expect(quoteOf("night-street-24h")).toBe("建设四平首个24小时不打烊商业街区");
    expect(quoteOf("graduate-retention-plan")).toBe("启动实施“万名大学生留平计划”");
    expect(quoteOf("entrepreneurship-college")).toBe("依托四平职业大学成立创业学院");
    const missing = REPORT.indicators.filter((i) => !text.includes(i.target.quote)).map((i) => `${i.code}: ${i.target.quote}`);
    expect(missing).toEqual([]);
  });

  it("covers the report: dozens of targets, about a hundred results, ten livelihood projects", () => {
    expect(REPORT.indicators.filter((i) => i.target.year === 2020).length).toBeGreaterThan(40);
    expect(REPORT.results.length).toBeGreaterThanOrEqual(90);
    expect(REPORT.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
