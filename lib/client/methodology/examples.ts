import { evaluateProgress } from "../../progress/evaluate";
import { dueMonths, shareDue } from "../../progress/schedule";
import type { TEngineFigure, TEngineTarget, TProgress } from "../../progress/types";

/**
 * Worked examples for the methodology page: fixed, made-up inputs (not the report's figures),
 * judged by the engine when the page is drawn, so the numbers shown are the engine's own.
 */

/** An afforestation-like amount entered month by month, with an outdoor-season path (nothing due Jan–Mar). */
export interface TAmountExample {
  unit: string;
  asOf: number;
  target: TEngineTarget;
  /** This month's amount, January first, through the as-of month. */
  amounts: readonly number[];
}

export interface TRateExample {
  unit: string;
  asOf: number;
  target: TEngineTarget;
  firstQuarter: number;
  june: number;
  variants: readonly number[];
}

export const AMOUNT_EXAMPLE: TAmountExample = {
  unit: "万亩",
  asOf: 6,
  target: {
    year: 2020,
    kind: "cumulative",
    direction: "higher_is_better",
    comparator: "=",
    value: 23.6,
    min: null,
    max: null,
    basis: "month_amount",
    frequency: "monthly",
    schedule: [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1],
    units: null,
  },
  amounts: [0, 0, 0, 1.2, 3.5, 3.3],
};

/** A GDP-like growth rate with a 5%—6% range, reported quarterly, as of June; `variants` are other June figures. */
export const RATE_EXAMPLE: TRateExample = {
  unit: "%",
  asOf: 6,
  target: {
    year: 2020,
    kind: "growth_rate",
    direction: "higher_is_better",
    comparator: "range",
    value: null,
    min: 5,
    max: 6,
    basis: "ytd_rate",
    frequency: "quarterly",
    schedule: null,
    units: null,
  },
  firstQuarter: -6.1,
  june: 4.3,
  variants: [3.8, 4.3, 5.4, 6.5],
};

export interface TAmountWorked {
  figures: TEngineFigure[];
  /** Share of the year's work due by the as-of month (the schedule's). */
  share: number;
  /** Due months after the as-of month: what the remaining target is spread over. */
  remainingMonths: number;
  progress: TProgress;
}

export function workAmountExample(example: TAmountExample = AMOUNT_EXAMPLE): TAmountWorked {
  const figures = example.amounts.map((value, i) => ({ month: i + 1, value, unit: null }));
  return {
    figures,
    share: shareDue(example.target, example.asOf),
    remainingMonths: dueMonths(example.target).filter((m) => m > example.asOf).length,
    progress: evaluateProgress(example.target, figures, example.asOf),
  };
}

export interface TRateWorked {
  progress: TProgress;
  /** The same target judged on other June figures: each lands in another status band. */
  variants: { value: number; progress: TProgress }[];
}

export function workRateExample(example: TRateExample = RATE_EXAMPLE): TRateWorked {
  const judge = (june: number) =>
    evaluateProgress(
      example.target,
      [
        { month: 3, value: example.firstQuarter, unit: null },
        { month: 6, value: june, unit: null },
      ],
      example.asOf,
    );
  return { progress: judge(example.june), variants: example.variants.map((value) => ({ value, progress: judge(value) })) };
}
