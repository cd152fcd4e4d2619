import type { TIndicatorKind } from "../../contracts/common";
import type { TProgressStatus } from "../../contracts/tracking";
import { formatPeriod } from "../../format/number";
import { formatAmount, type TAmount } from "../../format/target";
import { formatQuantity } from "../../format/unit";
import type { TLocale } from "../../i18n/locale";
import { roundForDisplay } from "../dashboard/row-format";

export interface TSeriesMonth {
  /** "YYYY-MM" */
  period: string;
  actual: number | null;
  expected: number | null;
  status: TProgressStatus;
}

export interface TSeriesInput {
  kind: TIndicatorKind;
  unit: string;
  target: TAmount;
  /** The 2019 result, drawn only when it is in the same unit and like-for-like. */
  baseline: { value: number | null; unit: string; comparable: boolean } | null;
  months: readonly TSeriesMonth[];
  /** Months after it are drawn without an actual (the view is as of that month). */
  asOf: string;
  /** Months whose actual includes a figure awaiting approval. */
  previewPeriods?: readonly string[];
}

export type TTargetMark =
  | { type: "band"; min: number; max: number }
  | { type: "floor" | "ceiling" | "about" | "exact"; value: number };

export interface TSeriesPoint {
  period: string;
  month: number;
  actual: number | null;
  expected: number | null;
  status: TProgressStatus;
  isPreview: boolean;
}

export interface TProgressSeries {
  points: TSeriesPoint[];
  target: TTargetMark | null;
  baseline: number | null;
  /** Why the 2019 result is not drawn, when there is one. */
  baselineOmitted: "incomparable" | "unit" | null;
  domain: [number, number];
  /** The latest month with an actual at or before asOf. */
  latest: TSeriesPoint | null;
}

/** Kinds whose actual is a year-to-date amount growing from zero: the axis starts at 0. */
const FROM_ZERO: ReadonlySet<TIndicatorKind> = new Set(["cumulative", "day_count", "milestone"]);

export function targetMark(kind: TIndicatorKind, target: TAmount): TTargetMark | null {
  const { comparator, value, min, max } = target;
  if (comparator === "range") return min !== null && max !== null ? { type: "band", min, max } : null;
  // 按期完成 / 全部: a project is done at 100%.
  const v = value ?? (kind === "milestone" ? 100 : null);
  if (v === null) return null;
  if (comparator === ">=") return { type: "floor", value: v };
  if (comparator === "<=" || comparator === "<") return { type: "ceiling", value: v };
  if (comparator === "about") return { type: "about", value: v };
  return { type: "exact", value: v };
}

function niceDomain(values: number[], fromZero: boolean): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (fromZero) lo = Math.min(0, lo);
  const pad = hi - lo > 0 ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.1);
  hi += pad;
  if (!(fromZero && lo >= 0)) lo -= pad;
  const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo, 1e-9)) - 1);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step].map((n) => Math.round(n * 1e9) / 1e9) as [number, number];
}

/**
 * Actual vs expected path vs target (a band for ranges, a line for floors and ceilings) with the
 * 2019 baseline, as the chart draws it. Pure: the chart only renders what this returns.
 */
export function shapeProgressSeries(input: TSeriesInput): TProgressSeries {
  const preview = new Set(input.previewPeriods ?? []);
  const points = input.months.map((m) => {
    const shown = m.period <= input.asOf;
    return {
      period: m.period,
      month: Number(m.period.slice(5, 7)),
      actual: shown ? m.actual : null,
      expected: m.expected,
      status: shown ? m.status : ("no_data" as const),
      isPreview: shown && m.actual !== null && preview.has(m.period),
    };
  });
  const target = targetMark(input.kind, input.target);
  const base = input.baseline;
  const baselineOmitted = !base || base.value === null ? null : !base.comparable ? "incomparable" : base.unit !== input.unit ? "unit" : null;
  const baseline = base && base.value !== null && baselineOmitted === null ? base.value : null;
  const values = [
    ...points.flatMap((p) => [p.actual, p.expected]),
    ...(target ? (target.type === "band" ? [target.min, target.max] : [target.value]) : []),
    baseline,
  ].filter((v): v is number => v !== null && Number.isFinite(v));
  const domain = values.length > 0 ? niceDomain(values, FROM_ZERO.has(input.kind)) : ([0, 1] as [number, number]);
  const latest = [...points].reverse().find((p) => p.actual !== null) ?? null;
  return { points, target, baseline, baselineOmitted, domain, latest };
}

/** The chart in one sentence, for screen readers and print (its text alternative). */
export function describeProgressSeries(series: TProgressSeries, input: Pick<TSeriesInput, "unit" | "target" | "asOf">, locale: TLocale): string {
  const q = (v: number) => formatQuantity(v, input.unit, locale);
  const zh = locale !== "en";
  const parts: string[] = [];
  const { latest } = series;
  if (!latest || latest.actual === null) {
    parts.push(zh ? `截至${formatPeriod(input.asOf, locale)}暂无数据` : `No figures as of ${formatPeriod(input.asOf, locale)}`);
  } else {
    // The expected value is computed, so it is rounded as officials would write it; the actual is as reported.
    const due = latest.expected !== null ? q(roundForDisplay(latest.expected)) : null;
    const expected = due !== null ? (zh ? `，时序进度要求${due}` : ` against ${due} expected by then`) : "";
    parts.push(zh ? `截至${formatPeriod(latest.period, locale)}实际${q(latest.actual)}${expected}` : `As of ${formatPeriod(latest.period, locale)} the actual is ${q(latest.actual)}${expected}`);
  }
  parts.push(zh ? `全年目标${formatAmount(input.target, input.unit, locale)}` : `the year's target is ${formatAmount(input.target, input.unit, locale)}`);
  if (series.baseline !== null) parts.push(zh ? `2019年为${q(series.baseline)}` : `2019: ${q(series.baseline)}`);
  return zh ? `${parts.join("；")}。` : `${parts.join("; ")}.`;
}
