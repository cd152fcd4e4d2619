import type { TProgressStatus } from "../../contracts/tracking";
import { STATUS_ORDER } from "../../progress/status-rules";

export interface TMatrixItem {
  /** The row it belongs to (a section's or a bureau's code). */
  key: string;
  label: string;
  status: TProgressStatus;
}

export interface TMatrixRow {
  key: string;
  label: string;
  counts: Record<TProgressStatus, number>;
  total: number;
  /** behind + off_track */
  lagging: number;
}

const zeroCounts = (): Record<TProgressStatus, number> => Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<TProgressStatus, number>;

/**
 * Counts per status for each row, rows in the order they first appear (the report's order for
 * sections), or with `laggingFirst` the rows with most lagging indicators first (for bureaus).
 */
export function buildStatusMatrix(items: readonly TMatrixItem[], { laggingFirst = false } = {}): TMatrixRow[] {
  const rows = new Map<string, TMatrixRow>();
  for (const item of items) {
    const row = rows.get(item.key) ?? { key: item.key, label: item.label, counts: zeroCounts(), total: 0, lagging: 0 };
    row.counts[item.status] += 1;
    row.total += 1;
    if (item.status === "behind" || item.status === "off_track") row.lagging += 1;
    rows.set(item.key, row);
  }
  const list = [...rows.values()];
  if (!laggingFirst) return list;
  return list
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.counts.off_track - a.row.counts.off_track || b.row.lagging - a.row.lagging || a.index - b.index)
    .map(({ row }) => row);
}

/** The column totals of a matrix. */
export function totalsOf(rows: readonly TMatrixRow[]): Record<TProgressStatus, number> {
  const totals = zeroCounts();
  for (const row of rows) for (const s of STATUS_ORDER) totals[s] += row.counts[s];
  return totals;
}
