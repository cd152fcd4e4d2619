import type { TTrendRow, TTrends } from "../../contracts/trends";
import { evaluateProgress } from "../../progress";
import type { TDbClient } from "../db/client";
import { fromPeriod, toPeriod } from "../db/mappers";
import { loadTrackedTargets } from "../progress/load";
import { latestMonth } from "../progress/queries";
import { targetScope, type TDashboardScope } from "./scope";

const REF = { code: true, nameZh: true, nameEn: true } as const;

/** The first month with a submitted, unapproved figure per indicator: from then on its judgement counts one. */
async function listFirstPreviewMonths(db: TDbClient, year: number, last: number, codes: string[]): Promise<Map<string, number>> {
  const rows = await db.figure.findMany({
    where: { year, month: { lte: last }, status: "submitted", indicator: { code: { in: codes } } },
    select: { month: true, indicator: { select: { code: true } } },
    orderBy: { month: "asc" },
  });
  const first = new Map<string, number>();
  for (const r of rows) if (!first.has(r.indicator.code)) first.set(r.indicator.code, r.month);
  return first;
}

/**
 * Every indicator within the reader's scope judged as of each month from January to `asOf`
 * (default: the latest month with data, as on the overview). The targets and figures come from
 * the loader behind GET /api/v1/progress and each month is judged by the same engine call, so
 * the last column equals the overview for that month.
 */
export async function getTrends(
  db: TDbClient,
  { scope, year, asOf, includeSubmitted }: { scope: TDashboardScope; year: number; asOf?: string; includeSubmitted: boolean },
): Promise<TTrends> {
  const [scoped, tracked] = await Promise.all([
    db.target.findMany({
      where: { year, ...targetScope(scope) },
      select: { indicator: { select: REF }, section: { select: REF }, department: { select: REF } },
      orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
    }),
    loadTrackedTargets(db, { year, includeSubmitted }),
  ]);
  const last = asOf ? fromPeriod(asOf).month : latestMonth(tracked);
  const months = Array.from({ length: last }, (_, i) => i + 1);
  const byCode = new Map(tracked.map((t) => [t.code, t]));
  const codes = scoped.map((s) => s.indicator.code);
  const previews = includeSubmitted ? await listFirstPreviewMonths(db, year, last, codes) : new Map<string, number>();
  const rows: TTrendRow[] = scoped.flatMap(({ indicator, section, department }) => {
    const target = byCode.get(indicator.code);
    if (!target) return [];
    const firstPreview = previews.get(indicator.code);
    const cells = months.map((m) => ({
      period: toPeriod(year, m),
      status: evaluateProgress(target.engine, target.figures, m).status,
      isPreview: firstPreview !== undefined && firstPreview <= m,
    }));
    return [{ ...indicator, section, department, cells }];
  });
  return { year, asOf: toPeriod(year, last), months: months.map((m) => toPeriod(year, m)), includeSubmitted, rows };
}
