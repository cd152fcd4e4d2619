import type { TExport, TExportFigure, TExportIndicator } from "../../contracts/export";
import type { TIndicator } from "../../contracts/indicators";
import { evaluateProgress, type TProgress } from "../../progress";
import type { TDbClient } from "../db/client";
import { toPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { toDisplayValue } from "../indicators/display";
import { listIndicators } from "../indicators/queries";
import { loadTrackedTargets, type TTrackedTarget } from "../progress/load";
import { latestMonth } from "../progress/queries";

interface TExportArgs {
  year: number;
  /** One indicator's code; every indicator of the year without it. */
  indicator?: string;
}

/** Published figures only: `published_at` set, and the published value and note, never the working ones. */
function findPublishedFigures(db: TDbClient, { year, indicator }: TExportArgs) {
  return db.figure.findMany({
    where: { year, publishedAt: { not: null }, ...(indicator ? { indicator: { code: indicator } } : {}) },
    select: {
      month: true,
      publishedValue: true,
      publishedNote: true,
      publishedAt: true,
      revisedAt: true,
      isDemo: true,
      indicator: { select: { code: true, targets: { where: { year }, select: { entryFactor: true } } } },
      unit: { select: { code: true } },
    },
    orderBy: [{ month: "asc" }, { unit: { sortOrder: "asc" } }],
  });
}

/** The latest approval of a milestone behind the scope's indicators: it changes their status as a figure's does. */
async function findLatestMilestoneApproval(db: TDbClient, { year, indicator }: TExportArgs): Promise<Date | null> {
  const latest = await db.taskMilestone.aggregate({
    where: { publishedAt: { not: null }, task: { year, indicator: indicator ? { code: indicator } : { isNot: null } } },
    _max: { publishedAt: true },
  });
  return latest._max.publishedAt;
}

/** Each month's judgement is computed once per indicator, however many units report that month. */
function judgeByMonth(tracked: TTrackedTarget): (month: number) => TProgress {
  const cache = new Map<number, TProgress>();
  return (month) => {
    let progress = cache.get(month);
    if (!progress) {
      progress = evaluateProgress(tracked.engine, tracked.figures, month);
      cache.set(month, progress);
    }
    return progress;
  };
}

function latestOf(dates: (Date | null)[]): string | null {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}

function assertFound(indicators: TIndicator[], { year, indicator }: TExportArgs): void {
  if (indicator && indicators.length === 0) {
    throw new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${indicator} 的 ${year} 年目标`, en: `No indicator ${indicator} with a ${year} target` });
  }
}

/**
 * The open-data export of a year (or one indicator): every indicator with its target and baseline,
 * its published figures with the engine's expected value and status as of each figure's month, and
 * its status as of the latest published month (the /api/v1/progress default). Published data only.
 */
export async function loadExport(db: TDbClient, args: TExportArgs): Promise<TExport> {
  const [all, tracked, rows, milestoneApproval] = await Promise.all([
    listIndicators(db, { year: args.year }),
    loadTrackedTargets(db, { year: args.year, code: args.indicator }),
    findPublishedFigures(db, args),
    findLatestMilestoneApproval(db, args),
  ]);
  const indicators = args.indicator ? all.filter((i) => i.code === args.indicator) : all;
  assertFound(indicators, args);
  // The year's latest month judges every indicator, as the whole-year progress list does, so one
  // indicator's file agrees with the whole year's.
  const asOfMonth = args.indicator ? latestMonth(await loadTrackedTargets(db, { year: args.year })) : latestMonth(tracked);
  const trackedByCode = new Map(tracked.map((t) => [t.code, t]));

  const figuresByCode = new Map<string, TExportFigure[]>();
  const judges = new Map([...trackedByCode].map(([code, t]) => [code, judgeByMonth(t)]));
  for (const row of rows) {
    const judge = judges.get(row.indicator.code);
    const factor = row.indicator.targets[0]?.entryFactor;
    if (!judge || !factor) continue;
    const progress = judge(row.month);
    const unitCode = row.unit?.code ?? null;
    const judged = unitCode ? (progress.units?.find((u) => u.code === unitCode) ?? progress) : progress;
    const figure: TExportFigure = {
      period: toPeriod(args.year, row.month),
      unit: unitCode,
      value: toDisplayValue(row.publishedValue, factor),
      note: row.publishedNote,
      publishedAt: row.publishedAt!.toISOString(),
      revisedAt: row.revisedAt?.toISOString() ?? null,
      expected: judged.expected,
      status: judged.status,
      isDemo: row.isDemo,
    };
    const list = figuresByCode.get(row.indicator.code);
    if (list) list.push(figure);
    else figuresByCode.set(row.indicator.code, [figure]);
  }

  const exported: TExportIndicator[] = indicators.map((indicator) => {
    const t = trackedByCode.get(indicator.code);
    const progress = t ? judges.get(indicator.code)!(asOfMonth) : null;
    return {
      ...indicator,
      progress: progress
        ? { status: progress.status, actual: progress.actual, expected: progress.expected, period: progress.period }
        : { status: "no_data", actual: null, expected: null, period: null },
      figures: figuresByCode.get(indicator.code) ?? [],
    };
  });
  return {
    year: args.year,
    asOf: toPeriod(args.year, asOfMonth),
    publishedAt: latestOf([...rows.map((r) => r.publishedAt), milestoneApproval]),
    isDemo: exported.some((i) => i.figures.some((f) => f.isDemo)),
    indicators: exported,
  };
}
