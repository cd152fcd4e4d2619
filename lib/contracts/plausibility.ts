import type { TDirection, TIndicatorKind } from "./common";
import { findValueProblem, ZPutFigureBody, type TValueProblem } from "./figures";
import type { TBasis, TProgressStatus } from "./tracking";

/**
 * What officials type, checked the same way in the browser and on the server. Impossible values
 * (not a number, the put contract's rules, the per-kind rules of findValueProblem) are errors;
 * values far from the indicator's own history are warnings that need an explanation, never a block.
 */

export type TEntryError = "entry.notNumber" | TValueProblem;

export type TParsedEntry = { ok: true; value: number | null } | { ok: false; error: TEntryError };

const FULL_WIDTH = /[０-９．－＋]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A typed value: blank is null; full-width digits (输入法) are read as ASCII; anything else must be a plain decimal. */
export function parseEntryValue(text: string, context: { kind: TIndicatorKind; year: number; month: number; entryFactor: number }): TParsedEntry {
  const plain = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (plain === "") return { ok: true, value: null };
  if (!NUMBER.test(plain)) return { ok: false, error: "entry.notNumber" };
  const parsed = ZPutFigureBody.shape.value.safeParse(Number(plain));
  if (!parsed.success || parsed.data === null) return { ok: false, error: "entry.notNumber" };
  const problem = findValueProblem(context.kind, context, parsed.data, context.entryFactor);
  return problem ? { ok: false, error: problem } : { ok: true, value: parsed.data };
}

export type TPlausibilityWarning = "plausibility.fell" | "plausibility.farFromPrevious" | "plausibility.farFromBaseline" | "plausibility.beyondTarget";

export interface TPlausibilityInput {
  kind: TIndicatorKind;
  basis: TBasis;
  direction: TDirection;
  /** All numbers in the indicator's display unit. */
  value: number;
  /** The figure of the previous due month (working value, else published); null when none. */
  previous: number | null;
  /** The 2019 result when like-for-like with the target; null otherwise. */
  baseline: number | null;
  /** The year's target (a range's top); null when the target has no number. */
  target: number | null;
}

/** Beyond these a value is "far" from its reference. Rates and shares in percentage points, others as a ratio. */
export const PLAUSIBILITY_LIMITS = {
  pointsFromPrevious: 10,
  pointsFromBaseline: 15,
  sharePointsFromBaseline: 30,
  ratio: 3,
  timesTarget: 3,
} as const;

function isFarRatio(value: number, reference: number): boolean {
  if (reference <= 0) return false;
  const r = value / reference;
  return r > PLAUSIBILITY_LIMITS.ratio || r < 1 / PLAUSIBILITY_LIMITS.ratio;
}

/** Warnings for a possible value that does not fit the indicator's history; empty when it fits. */
export function checkPlausibility(input: TPlausibilityInput): TPlausibilityWarning[] {
  const { basis, value, previous, baseline, target } = input;
  const warnings = new Set<TPlausibilityWarning>();
  switch (basis) {
    case "ytd_total":
    case "percent_done":
      // A running total and a project's progress never fall.
      if (previous !== null && value < previous) warnings.add("plausibility.fell");
      if (basis === "ytd_total") {
        const reference = Math.max(target ?? 0, baseline ?? 0);
        if (reference > 0 && value > reference * PLAUSIBILITY_LIMITS.timesTarget) warnings.add("plausibility.beyondTarget");
      }
      break;
    case "ytd_rate":
      if (previous !== null && Math.abs(value - previous) > PLAUSIBILITY_LIMITS.pointsFromPrevious) warnings.add("plausibility.farFromPrevious");
      if (baseline !== null && Math.abs(value - baseline) > PLAUSIBILITY_LIMITS.pointsFromBaseline) warnings.add("plausibility.farFromBaseline");
      break;
    case "current":
      if (input.kind === "share") {
        if (previous !== null && Math.abs(value - previous) > PLAUSIBILITY_LIMITS.pointsFromPrevious) warnings.add("plausibility.farFromPrevious");
        if (baseline !== null && Math.abs(value - baseline) > PLAUSIBILITY_LIMITS.sharePointsFromBaseline) warnings.add("plausibility.farFromBaseline");
      } else {
        if (previous !== null && isFarRatio(value, previous)) warnings.add("plausibility.farFromPrevious");
        if (baseline !== null && isFarRatio(value, baseline)) warnings.add("plausibility.farFromBaseline");
      }
      break;
    case "month_amount":
    case "month_mean":
      if (previous !== null && isFarRatio(value, previous)) warnings.add("plausibility.farFromPrevious");
      break;
    case "month_count":
      // Good-air days swing with the season and are bounded by the month already.
      break;
  }
  return [...warnings];
}

/** Behind schedule (欠进度, 严重滞后) or implausible: the figure needs an explanation before it is submitted. */
export function needsExplanation(warnings: readonly TPlausibilityWarning[], status: TProgressStatus | null): boolean {
  return warnings.length > 0 || status === "behind" || status === "off_track";
}

/**
 * The reference for "far from last month": the latest due month before `month` with a value
 * (the working value where there is one, else the published one), in the entry unit.
 */
export function previousValue(cells: readonly { isDue: boolean; figure: { value: number | null; published: { value: number | null } | null } | null }[], month: number): number | null {
  for (let m = month - 1; m >= 1; m -= 1) {
    const cell = cells[m - 1];
    if (!cell?.isDue || !cell.figure) continue;
    const value = cell.figure.value ?? cell.figure.published?.value ?? null;
    if (value !== null) return value;
  }
  return null;
}
