import type { TTx } from "../db/client";
import { fromPeriod } from "../db/mappers";
import { FIGURE_STATE_SELECT, type TFigureState } from "../figures/dto";
import { TARGET_SCOPE_SELECT, type TTargetScopeRow } from "../figures/put-checks";
import { findOpenLocks } from "../periods/locks";
import type { TImportRow } from "./sheet-rows";

/** A target's scope row with the names the import's answer shows beside each code. */
export type TNamedTargetRow = Omit<TTargetScopeRow, "indicator" | "units"> & {
  entryUnit: string;
  indicator: TTargetScopeRow["indicator"] & { nameZh: string; nameEn: string };
  units: (TTargetScopeRow["units"][number] & { nameZh: string; nameEn: string })[];
};

export interface TImportState {
  /** By `year/code`: the targets the rows name, with what a write needs to know. */
  targets: Map<string, TNamedTargetRow>;
  /** By period: the month's open locks. */
  locks: Map<string, Awaited<ReturnType<typeof findOpenLocks>>>;
  /** By `year-month/indicatorId/unitId`: the figures there are, locked until the transaction ends. */
  figures: Map<string, TFigureState>;
}

/**
 * What the rows' checks need, read in a few statements instead of several per row: the targets of
 * the codes named, the months' open locks, and the existing figures, held FOR UPDATE so that a
 * concurrent PUT waits for the import (and its version check then sees the import's write).
 */
export async function loadImportState(tx: TTx, rows: TImportRow[]): Promise<TImportState> {
  const periods = [...new Set(rows.flatMap((r) => (r.period ? [r.period] : [])))];
  const years = [...new Set(periods.map((p) => fromPeriod(p).year))];
  const codes = [...new Set(rows.flatMap((r) => (r.code ? [r.code] : [])))];
  const targetRows = await tx.target.findMany({
    where: { year: { in: years }, indicator: { code: { in: codes } } },
    select: {
      ...TARGET_SCOPE_SELECT,
      year: true,
      entryUnit: true,
      indicator: { select: { ...TARGET_SCOPE_SELECT.indicator.select, nameZh: true, nameEn: true } },
      units: { select: { ...TARGET_SCOPE_SELECT.units.select, nameZh: true, nameEn: true }, orderBy: TARGET_SCOPE_SELECT.units.orderBy },
    },
  });
  const targets = new Map(targetRows.map((t) => [`${t.year}/${t.indicator.code}`, t]));
  const locks: TImportState["locks"] = new Map();
  for (const period of periods) locks.set(period, await findOpenLocks(tx, fromPeriod(period)));
  const indicatorIds = [...new Set(targetRows.map((t) => t.indicator.id))];
  const figures = new Map<string, TFigureState>();
  for (const period of periods) {
    const { year, month } = fromPeriod(period);
    const locked = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM figures WHERE year = ${year} AND month = ${month} AND indicator_id = ANY(${indicatorIds}::int[]) ORDER BY id FOR UPDATE`;
    if (locked.length === 0) continue;
    const found = await tx.figure.findMany({ where: { id: { in: locked.map((l) => l.id) } }, select: { ...FIGURE_STATE_SELECT, indicatorId: true, unitId: true } });
    for (const f of found) figures.set(`${year}-${month}/${f.indicatorId}/${f.unitId ?? ""}`, f);
  }
  return { targets, locks, figures };
}
