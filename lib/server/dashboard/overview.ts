import type { TDashboard, TDashboardRow } from "../../contracts/dashboard";
import type { TDbClient } from "../db/client";
import { fromPeriod, toPeriod } from "../db/mappers";
import { listIndicators } from "../indicators/queries";
import { getProgressList } from "../progress/queries";
import { targetScope, type TDashboardScope } from "./scope";

/** The codes of the year's indicators within the scope: the permission lives in this query. */
async function listScopedCodes(db: TDbClient, year: number, scope: TDashboardScope): Promise<Set<string>> {
  const rows = await db.target.findMany({ where: { year, ...targetScope(scope) }, select: { indicator: { select: { code: true } } } });
  return new Set(rows.map((r) => r.indicator.code));
}

/** Indicators whose judgement as of `month` counts a submitted, unapproved figure. */
async function listPreviewCodes(db: TDbClient, year: number, month: number, codes: string[]): Promise<Set<string>> {
  const rows = await db.figure.findMany({
    where: { year, month: { lte: month }, status: "submitted", indicator: { code: { in: codes } } },
    select: { indicator: { select: { code: true } } },
  });
  return new Set(rows.map((r) => r.indicator.code));
}

/**
 * The latest internal explanation per indicator at or before `month`, from figures the bureau has
 * submitted or that were approved (a draft is not yet the bureau's word).
 */
export async function listLatestExplanations(db: TDbClient, year: number, month: number, codes: string[]): Promise<Map<string, { period: string; text: string }>> {
  const rows = await db.figure.findMany({
    where: {
      year,
      month: { lte: month },
      explanation: { not: null },
      indicator: { code: { in: codes } },
      OR: [{ status: { in: ["submitted", "approved"] } }, { publishedAt: { not: null } }],
    },
    select: { month: true, explanation: true, indicator: { select: { code: true } } },
    orderBy: [{ month: "desc" }, { id: "desc" }],
  });
  const latest = new Map<string, { period: string; text: string }>();
  for (const r of rows) {
    const text = r.explanation?.trim();
    if (text && !latest.has(r.indicator.code)) latest.set(r.indicator.code, { period: toPeriod(year, r.month), text });
  }
  return latest;
}

/**
 * Every indicator the reader may see, judged as of `asOf` (default: the latest month with data),
 * with the bureau's explanation. Reuses the progress engine's list, so the API and the dashboard
 * give the same status for the same month and figures.
 */
export async function getDashboard(
  db: TDbClient,
  { scope, year, asOf, includeSubmitted }: { scope: TDashboardScope; year: number; asOf?: string; includeSubmitted: boolean },
): Promise<TDashboard> {
  const [indicators, progress, codes] = await Promise.all([
    listIndicators(db, { year }),
    getProgressList(db, { year, asOf, includeSubmitted }),
    listScopedCodes(db, year, scope),
  ]);
  const month = fromPeriod(progress.asOf).month;
  const visible = indicators.filter((i) => codes.has(i.code));
  const visibleCodes = visible.map((i) => i.code);
  const [previews, explanations] = await Promise.all([
    includeSubmitted ? listPreviewCodes(db, year, month, visibleCodes) : Promise.resolve(new Set<string>()),
    listLatestExplanations(db, year, month, visibleCodes),
  ]);
  const byCode = new Map(progress.indicators.map((p) => [p.code, p]));
  const rows: TDashboardRow[] = visible.flatMap((i) => {
    const p = byCode.get(i.code);
    if (!p) return [];
    return [
      {
        code: i.code,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        kind: i.kind,
        unit: i.unit,
        section: i.section,
        department: i.department,
        target: i.target,
        hedge: i.hedge,
        baseline: i.baseline,
        progress: p,
        hasPreview: previews.has(i.code),
        explanation: explanations.get(i.code) ?? null,
      },
    ];
  });
  const summary = { ...progress.summary };
  for (const key of Object.keys(summary) as (keyof typeof summary)[]) summary[key] = 0;
  for (const r of rows) summary[r.progress.status] += 1;
  return { year, asOf: progress.asOf, includeSubmitted, scope: scope.department, summary, rows };
}
