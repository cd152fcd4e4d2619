import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { readRun, summariseRuns, type TLighthouseRun } from "./lighthouse-summary";

type TAudit = { id: string; score: number | null; numericValue?: number; displayValue?: string };

/** The parts of a Lighthouse result the bench reads; the rest of Result does not matter here. */
function lhr(scores: { performance: number; accessibility: number; bestPractices: number }, audits: TAudit[]): Result {
  const refs = (ids: string[]) => ids.map((id) => ({ id, weight: 1 }));
  const byCategory = (prefix: string) => audits.filter((a) => a.id.startsWith(prefix)).map((a) => a.id);
  return {
    categories: {
      performance: { id: "performance", title: "Performance", score: scores.performance, auditRefs: refs([...byCategory("largest"), ...byCategory("total"), ...byCategory("cumulative"), ...byCategory("perf-")]) },
      accessibility: { id: "accessibility", title: "Accessibility", score: scores.accessibility, auditRefs: refs(byCategory("a11y-")) },
      "best-practices": { id: "best-practices", title: "Best practices", score: scores.bestPractices, auditRefs: [] },
    },
    audits: Object.fromEntries(audits.map((a) => [a.id, { title: `title of ${a.id}`, scoreDisplayMode: "numeric", description: "", ...a }])),
    runWarnings: [],
    environment: { benchmarkIndex: 1000, hostUserAgent: "", networkUserAgent: "" },
  } as unknown as Result;
}

const metrics = (lcp: number, score: number): TAudit[] => [
  { id: "largest-contentful-paint", score, numericValue: lcp, displayValue: `${lcp / 1000} s` },
  { id: "total-blocking-time", score: 1, numericValue: 50 },
  { id: "cumulative-layout-shift", score: 1, numericValue: 0.01 },
];

describe("Lighthouse figures of bench:lighthouse", () => {
  it("reads scores out of 100 and the metrics, and lists failing audits only of a category below its bar", () => {
    const run = readRun(lhr({ performance: 0.85, accessibility: 1, bestPractices: 1 }, [...metrics(3200, 0.6), { id: "a11y-contrast", score: 0 }]));
    expect(run.scores).toEqual({ performance: 85, accessibility: 100, "best-practices": 100 });
    expect([run.lcpMs, run.tbtMs, run.cls]).toEqual([3200, 50, 0.01]);
    // Accessibility is at 100, so its failing audit is not listed; performance missed 90, so its failing metric is.
    expect(run.failed.map((f) => f.id)).toEqual(["largest-contentful-paint"]);
  });

  it("takes the median of each figure and counts in how many runs each audit failed", () => {
    const runs: TLighthouseRun[] = [
      readRun(lhr({ performance: 0.95, accessibility: 0.98, bestPractices: 1 }, [...metrics(1800, 0.95), { id: "a11y-label", score: 0 }])),
      readRun(lhr({ performance: 0.7, accessibility: 0.98, bestPractices: 1 }, [...metrics(4000, 0.3), { id: "a11y-label", score: 0 }])),
      readRun(lhr({ performance: 0.88, accessibility: 1, bestPractices: 1 }, [...metrics(2600, 0.8), { id: "a11y-label", score: 1 }])),
    ];
    const summary = summariseRuns(runs);
    expect(summary.scores).toEqual({ performance: 88, accessibility: 98, "best-practices": 100 });
    expect(summary.lcpMs).toBe(2600);
    expect(summary.missed.map((m) => [m.category, m.audits.map((a) => [a.id, a.runs])])).toEqual([
      ["performance", [["largest-contentful-paint", 2]]],
      ["accessibility", [["a11y-label", 2]]],
    ]);
  });
});
