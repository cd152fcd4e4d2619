import type { TEngineFigure, TEngineTarget } from "./types";

/** Builders for the engine's tests (not used by the engine itself). */

export function makeTarget(overrides: Partial<TEngineTarget> = {}): TEngineTarget {
  return {
    year: 2020,
    kind: "cumulative",
    direction: "higher_is_better",
    comparator: ">=",
    value: 120,
    min: null,
    max: null,
    basis: "month_amount",
    frequency: "monthly",
    schedule: null,
    units: null,
    ...overrides,
  };
}

/** Figures from a list by month (index 0 = January); null entries are months not reported. */
export function byMonth(values: readonly (number | null)[], unit: string | null = null): TEngineFigure[] {
  const figures: TEngineFigure[] = [];
  values.forEach((value, index) => {
    if (value !== null) figures.push({ month: index + 1, value, unit });
  });
  return figures;
}

/** Figures at given months: { 3: -6.8, 6: 2 }. */
export function atMonths(values: Readonly<Record<number, number>>, unit: string | null = null): TEngineFigure[] {
  return Object.entries(values).map(([month, value]) => ({ month: Number(month), value, unit }));
}

/** Year-to-date totals from monthly amounts. */
export function runningTotals(amounts: readonly (number | null)[]): (number | null)[] {
  let total = 0;
  return amounts.map((a) => (a === null ? null : (total += a)));
}

/** The seed's seasonal PM2.5 shape, to build a winter-heavy profile. */
export const PM25_SEASON = [62, 50, 41, 33, 27, 22, 18, 17, 21, 31, 44, 55] as const;
export const DAYS_2020 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Cumulative shares of a year's total from monthly totals. */
export function profileOf(monthTotals: readonly number[]): number[] {
  const sum = monthTotals.reduce((a, b) => a + b, 0);
  let running = 0;
  return monthTotals.map((t, i) => (i === monthTotals.length - 1 ? 1 : (running += t) / sum));
}
