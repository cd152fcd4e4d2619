import { ZBasis, ZFrequency, type TBasis, type TFrequency } from "../../contracts/tracking";
import { dueMonths, isAccumulating, isAdditive } from "../../progress/schedule";

/** How the engine turns a year's figures into the value it judges (lib/progress/aggregate.ts). */
export type TAggregation = "sum" | "day_weighted_mean" | "latest";

export interface TBasisRow<T> {
  basis: TBasis;
  aggregation: TAggregation;
  /** The year-to-date value never falls: a met floor is met for good (已完成). */
  isAccumulating: boolean;
  indicators: T[];
}

export function aggregationOf(basis: TBasis): TAggregation {
  if (!isAdditive(basis)) return "latest";
  return basis === "month_mean" ? "day_weighted_mean" : "sum";
}

/** Every basis the engine knows, in the contract's order, with the indicators that use it. */
export function basisRows<T extends { basis: TBasis }>(items: readonly T[]): TBasisRow<T>[] {
  return ZBasis.options.map((basis) => ({
    basis,
    aggregation: aggregationOf(basis),
    isAccumulating: isAccumulating(basis),
    indicators: items.filter((i) => i.basis === basis),
  }));
}

export interface TFrequencyRow<T> {
  frequency: TFrequency;
  /** Year-to-date rates reported monthly: first due with the January–February release. */
  isYtdRate: boolean;
  /** Months in which a figure is due, 1 = January. */
  months: readonly number[];
  indicators: T[];
}

/** Every frequency (monthly split where year-to-date rates start in February), with the indicators on it. */
export function frequencyRows<T extends { frequency: TFrequency; basis: TBasis }>(items: readonly T[]): TFrequencyRow<T>[] {
  return ZFrequency.options.flatMap((frequency) => {
    const variants = frequency === "monthly" ? [false, true] : [false];
    return variants.map((isYtdRate) => {
      const basis: TBasis = isYtdRate ? "ytd_rate" : "ytd_total";
      return {
        frequency,
        isYtdRate,
        months: dueMonths({ frequency, basis }),
        indicators: items.filter((i) => i.frequency === frequency && (frequency !== "monthly" || (i.basis === "ytd_rate") === isYtdRate)),
      };
    });
  });
}
