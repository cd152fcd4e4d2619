import type { TIndicatorProgress, TProgressList, TProgressRow } from "../../contracts/progress";
import type { TProgressStatus } from "../../contracts/tracking";
import { evaluateProgress, progressPath, STATUS_ORDER } from "../../progress";
import type { TDbClient } from "../db/client";
import { fromPeriod, toPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { loadTrackedTargets, type TTrackedTarget } from "./load";

/** Without an as-of month: the latest month with a published figure, else January. */
export function latestMonth(targets: TTrackedTarget[]): number {
  let latest = 1;
  for (const t of targets) {
    if (t.engine.kind === "milestone") continue;
    for (const f of t.figures) if (f.value !== null && f.month > latest) latest = f.month;
  }
  return latest;
}

function toRow(target: TTrackedTarget, month: number): TProgressRow {
  const { units, missing: _missing, ...progress } = evaluateProgress(target.engine, target.figures, month);
  return { code: target.code, ...progress, units: units?.map(({ missing: _m, ...u }) => u) ?? null };
}

/** Every indicator of the year judged as of a month, with a count per status (all six, zeros included). */
export async function getProgressList(
  db: TDbClient,
  { year, asOf, includeSubmitted = false }: { year: number; asOf?: string; includeSubmitted?: boolean },
): Promise<TProgressList> {
  const asOfMonth = asOf ? fromPeriod(asOf).month : undefined;
  const targets = await loadTrackedTargets(db, { year, includeSubmitted, throughMonth: asOfMonth });
  const month = asOfMonth ?? latestMonth(targets);
  const indicators = targets.map((t) => toRow(t, month));
  const summary = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<TProgressStatus, number>;
  for (const row of indicators) summary[row.status] += 1;
  return { year, asOf: toPeriod(year, month), summary, indicators };
}

/** One indicator's month-by-month path (actual, expected, status), for its chart. */
export async function getIndicatorProgress(db: TDbClient, { code, year }: { code: string; year: number }): Promise<TIndicatorProgress> {
  const [target] = await loadTrackedTargets(db, { year, code });
  if (!target) {
    throw new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${code} 的 ${year} 年目标`, en: `No indicator ${code} with a ${year} target` });
  }
  const { comparator, value, min, max } = target.engine;
  return { code, year, target: { comparator, value, min, max, unit: target.unit }, months: progressPath(target.engine, target.figures) };
}
