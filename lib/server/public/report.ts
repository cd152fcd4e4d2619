import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TDbClient } from "../db/client";
import { AppError } from "../errors";
import { listIndicators } from "../indicators/queries";
import { listResults } from "../results/queries";
import { listTasks } from "../tasks/queries";
import { markReport, type TBlock, type TQuoteItem } from "./report-text";

/** Each report's text, by the year its targets are for (the seed's verbatim copy). */
const REPORT_FILES: Readonly<Record<number, string>> = {
  2020: "seed/source/siping-2020-government-work-report.zh.txt",
};

export type TRefKind = "target" | "result" | "project";

/** What one anchor stands for: a target (and perhaps the livelihood project it measures) or a result. */
export interface TReportRef {
  key: string;
  code: string;
  kinds: TRefKind[];
  nameZh: string;
  nameEn: string;
}

export interface TReportView {
  year: number;
  blocks: TBlock[];
  refs: TReportRef[];
  /** Codes and distinct sentences marked, by kind. */
  counts: { targets: number; results: number; projects: number; targetSentences: number; resultSentences: number };
  /** Keys whose quote was found only by ignoring whitespace. */
  loose: string[];
  missing: TQuoteItem[];
}

export const targetKey = (code: string) => `q-${code}`;
export const resultKey = (code: string) => `r-${code}`;

/** A project shares its indicator's anchor when it is measured by the indicator of its own code. */
export function projectKey(task: { code: string; indicatorCode: string | null }): string {
  return task.indicatorCode === task.code ? targetKey(task.code) : `p-${task.code}`;
}

export function readReportFile(year: number): Promise<string> {
  const file = REPORT_FILES[year];
  if (!file) throw new AppError("NOT_FOUND", { "zh-CN": `没有${year}年的报告原文`, en: `No report text for ${year}` });
  // The server and the tests run from the project's root; the file is read at run time, not bundled.
  return readFile(path.join(/* turbopackIgnore: true */ process.cwd(), file), "utf8");
}

/**
 * The reader view of `year`'s report: its text with every target's, result's (the year before) and
 * livelihood project's quote marked. A later year's target counts when its quote is in this report
 * (the 2020 report sets one for 2021); the year's own are all listed, found or missing.
 */
export async function loadReport(db: TDbClient, { year }: { year: number }): Promise<TReportView> {
  // One query at a time: the same code runs inside a transaction, on one connection.
  const text = await readReportFile(year);
  const own = await listIndicators(db, { year });
  const later = await listIndicators(db, { year: year + 1 });
  const results = await listResults(db, { year: year - 1 });
  const tasks = await listTasks(db, { year, asOf: `${year}-12-31` });
  const indicators = [...own, ...later.filter((i) => text.includes(i.target.sourceQuote) && !own.some((o) => o.code === i.code))];
  const refs = new Map<string, TReportRef>();
  const items: (TQuoteItem & { kind: TRefKind })[] = [];
  const add = (kind: TRefKind, key: string, code: string, names: { nameZh: string; nameEn: string }, quote: string) => {
    const ref = refs.get(key) ?? { key, code, kinds: [], nameZh: names.nameZh, nameEn: names.nameEn };
    if (!ref.kinds.includes(kind)) ref.kinds.push(kind);
    refs.set(key, ref);
    if (!items.some((i) => i.key === key && i.quote === quote)) items.push({ kind, key, quote });
  };
  for (const i of indicators) add("target", targetKey(i.code), i.code, i, i.target.sourceQuote);
  for (const r of results) add("result", resultKey(r.code), r.code, r, r.sourceQuote);
  for (const t of tasks) add("project", projectKey(t), t.code, { nameZh: t.titleZh, nameEn: t.titleEn }, t.sourceQuote);
  const { blocks, located, missing } = markReport(text, items);
  const sentences = (kinds: TRefKind[]) =>
    new Set(located.filter((l) => items.some((i) => i.key === l.key && i.quote === l.quote && kinds.includes(i.kind))).map((l) => `${l.start}-${l.end}`)).size;
  return {
    year,
    blocks,
    refs: [...refs.values()],
    counts: {
      targets: indicators.length,
      results: results.length,
      projects: tasks.length,
      targetSentences: sentences(["target", "project"]),
      resultSentences: sentences(["result"]),
    },
    loose: [...new Set(located.filter((l) => !l.exact).map((l) => l.key))],
    missing: missing.map(({ key, quote }) => ({ key, quote })),
  };
}
