import type { TTarget } from "../../contracts/indicators";
import type { TResult } from "../../contracts/results";
import type { TDbClient } from "../db/client";
import { listIndicators } from "../indicators/queries";
import { listResults } from "../results/queries";

/** A target of the next year that takes this result as its baseline. */
export interface TFollowingTarget extends Omit<TTarget, "sourceQuote"> {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  /** false: the result measures something else (工业总产值 against 规上工业增加值), so it is no like-for-like baseline. */
  comparable: boolean;
  noteZh: string | null;
  noteEn: string | null;
}

export interface TReviewResult extends TResult {
  targets: TFollowingTarget[];
}

export interface TReviewSection {
  code: string;
  nameZh: string;
  nameEn: string;
  results: TReviewResult[];
}

/** The year's results by section, in the report's order, each with the next year's targets built on it. */
export async function loadReview(db: TDbClient, { year }: { year: number }): Promise<{ year: number; total: number; sections: TReviewSection[] }> {
  const results = await listResults(db, { year });
  const indicators = await listIndicators(db, { year: year + 1 });
  const sections: TReviewSection[] = [];
  for (const result of results) {
    const targets = indicators
      .filter((i) => i.baseline?.code === result.code)
      .map((i) => ({
        code: i.code,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        unit: i.unit,
        year: i.target.year,
        comparator: i.target.comparator,
        value: i.target.value,
        min: i.target.min,
        max: i.target.max,
        comparable: i.baseline!.comparable,
        noteZh: i.baseline!.noteZh,
        noteEn: i.baseline!.noteEn,
      }));
    let section = sections.at(-1);
    if (section?.code !== result.section.code) {
      section = { ...result.section, results: [] };
      sections.push(section);
    }
    section.results.push({ ...result, targets });
  }
  return { year, total: results.length, sections };
}
