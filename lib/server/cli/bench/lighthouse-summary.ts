import type { Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type TCategory = (typeof CATEGORIES)[number];

/** The issue's bars: performance ≥ 90, accessibility 100 (best practices: 100, reported only). */
export const BARS: Record<TCategory, number> = { performance: 90, accessibility: 100, "best-practices": 100 };

export interface TFailedAudit {
  category: TCategory;
  id: string;
  title: string;
  displayValue: string | undefined;
  /** For audits that list what failed (console errors, …): the first few of them, in a line each. */
  items: string[];
}

export interface TLighthouseRun {
  /** Scores out of 100; null when Lighthouse could not score the category. */
  scores: Record<TCategory, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Scored audits below a pass (0.9) in a category that missed its bar. */
  failed: TFailedAudit[];
  warnings: string[];
  benchmarkIndex: number;
  /** Lighthouse's own failure (a trace it could not record, …): the run's figures are not to be used. */
  runtimeError: string | null;
}

/** Audits whose items are worth a line each: which errors, which elements. */
const LISTED_FIELDS = ["description", "source", "url"] as const;
const MAX_ITEMS = 5;

function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const lines = items.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const record = item as Record<string, unknown>;
    // Accessibility audits list elements: their selector says where.
    const selector = (record.node as { selector?: unknown } | undefined)?.selector;
    const parts = [...LISTED_FIELDS.map((f) => record[f]), selector].filter((v): v is string => typeof v === "string" && v !== "");
    return parts.length > 0 ? [parts.join(" — ").slice(0, 200)] : [];
  });
  return [...new Set(lines)].slice(0, MAX_ITEMS);
}

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

/** The figures of one Lighthouse result that the bench prints. */
export function readRun(lhr: Result): TLighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])) as Record<TCategory, number | null>;
  const failed: TFailedAudit[] = [];
  for (const category of CATEGORIES) {
    const score = scores[category];
    if (score !== null && score >= BARS[category]) continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      failed.push({ category, id: audit.id, title: audit.title, displayValue: audit.displayValue, items: itemsOf(audit.details) });
    }
  }
  const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null;
  return {
    scores,
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    failed,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    runtimeError,
  };
}

function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

export interface TLighthouseSummary {
  runs: number;
  scores: Record<TCategory, number | null>;
  allScores: Record<TCategory, (number | null)[]>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** A category whose median missed its bar, with its failing audits and in how many runs each failed. */
  missed: { category: TCategory; audits: (TFailedAudit & { runs: number })[] }[];
  warnings: string[];
  benchmarkIndex: number | null;
}

/** Medians over the runs; the failing audits of every category whose median score misses its bar. */
export function summariseRuns(runs: readonly TLighthouseRun[]): TLighthouseSummary {
  const allScores = Object.fromEntries(CATEGORIES.map((c) => [c, runs.map((r) => r.scores[c])])) as Record<TCategory, (number | null)[]>;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(allScores[c])])) as Record<TCategory, number | null>;
  const missed = CATEGORIES.filter((c) => scores[c] === null || scores[c] < BARS[c]).map((category) => {
    const counted = new Map<string, TFailedAudit & { runs: number }>();
    for (const audit of runs.flatMap((r) => r.failed.filter((f) => f.category === category))) {
      const seen = counted.get(audit.id);
      counted.set(audit.id, seen ? { ...seen, runs: seen.runs + 1 } : { ...audit, runs: 1 });
    }
    return { category, audits: [...counted.values()].sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id)) };
  });
  return {
    runs: runs.length,
    scores,
    allScores,
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    missed,
    warnings: [...new Set(runs.flatMap((r) => (r.runtimeError ? [r.runtimeError, ...r.warnings] : r.warnings)))],
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
  };
}

const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(2)} s`);

export function describeSummary(label: string, s: TLighthouseSummary): string[] {
  const score = (c: TCategory) => `${s.scores[c] ?? "—"} (${s.allScores[c].map((v) => v ?? "—").join(", ")})`;
  const lines = [
    `  ${label}, median of ${s.runs} runs:`,
    `    performance ${score("performance")}   accessibility ${score("accessibility")}   best practices ${score("best-practices")}`,
    `    LCP ${seconds(s.lcpMs)}   TBT ${s.tbtMs === null ? "—" : `${Math.round(s.tbtMs)} ms`}   CLS ${s.cls === null ? "—" : s.cls.toFixed(3)}   (Lighthouse benchmark index of this machine: ${s.benchmarkIndex ?? "—"})`,
  ];
  for (const miss of s.missed) {
    lines.push(`    ${miss.category} below ${BARS[miss.category]}; failing audits:`);
    for (const a of miss.audits) {
      lines.push(`      ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}, in ${a.runs} of ${s.runs} runs`);
      if (miss.category !== "performance") for (const item of a.items) lines.push(`        ${item}`);
    }
  }
  for (const warning of s.warnings) lines.push(`    warning: ${warning}`);
  return lines;
}
