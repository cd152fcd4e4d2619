import type { TProgressStatus } from "../../contracts/tracking";
import type { TTrendRow } from "../../contracts/trends";
import { STATUS_ORDER } from "../../progress/status-rules";

export interface TMonthCounts {
  period: string;
  counts: Record<TProgressStatus, number>;
  total: number;
}

/** How many indicators are in each status, month by month (every status present, zeros included). */
export function countStatusesByMonth(rows: readonly Pick<TTrendRow, "cells">[], months: readonly string[]): TMonthCounts[] {
  return months.map((period, i) => {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<TProgressStatus, number>;
    let total = 0;
    for (const row of rows) {
      const cell = row.cells[i];
      if (!cell || cell.period !== period) throw new Error(`row has no cell for ${period} at column ${i}`);
      counts[cell.status] += 1;
      total += 1;
    }
    return { period, counts, total };
  });
}

/** One bar per month for a stacked chart: { period, off_track: n, behind: n, … }. */
export type TStackedPoint = { period: string } & Record<TProgressStatus, number>;

export function toStackedSeries(months: readonly TMonthCounts[]): TStackedPoint[] {
  return months.map((m) => ({ period: m.period, ...m.counts }));
}
