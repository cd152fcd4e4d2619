import type { TComparator } from "../../contracts/common";
import type { Comparator } from "./generated/enums";

/** Prisma's Decimal (or null) as a plain number for DTOs; values are NUMERIC(20,6), well inside a double. */
export function toNumber(value: { toNumber(): number } | null): number | null {
  return value === null ? null : value.toNumber();
}

const COMPARATOR_SYMBOLS: Record<Comparator, TComparator> = {
  gte: ">=",
  lte: "<=",
  lt: "<",
  eq: "=",
  about: "about",
  range: "range",
};

export function toComparator(value: Comparator): TComparator {
  return COMPARATOR_SYMBOLS[value];
}

/** "2020-03" from a year and a month. */
export function toPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "2020-06-30" from a DATE column (read as UTC midnight). */
export function toIsoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** { year: 2020, month: 3 } from "2020-03" (already validated by ZPeriod). */
export function fromPeriod(period: string): { year: number; month: number } {
  const [year, month] = period.split("-").map(Number);
  return { year: year!, month: month! };
}
