import type { TIndicator, TPublicRevision, TPublishedFigure } from "../../contracts/indicators";
import type { TIndicatorProgress, TProgressRow } from "../../contracts/progress";
import { resolveAsOf } from "../../contracts/tasks-progress";
import type { TTask } from "../../contracts/tasks";
import type { TDbClient } from "../db/client";
import { getIndicator } from "../indicators/queries";
import { getIndicatorProgress, getProgressList } from "../progress/queries";
import { listTasks } from "../tasks/queries";

/** Everything the public page (and its embed) of one indicator shows: published data only. */
export interface TPublicIndicator {
  year: number;
  /** The month the status is judged as of: the site's latest published month, as GET /api/v1/progress takes it. */
  asOf: string;
  indicator: TIndicator;
  progress: TProgressRow;
  /** Twelve months of actual, expected and status, as GET /api/v1/indicators/{code}/progress gives them. */
  months: TIndicatorProgress["months"];
  /** Published figures (with their public notes), as GET /api/v1/indicators/{code} gives them. */
  figures: TPublishedFigure[];
  revisions: TPublicRevision[];
  /** 数据截至: the latest month with a published figure (for a project, the month of its latest milestone done). */
  dataAsOf: string | null;
  /** 发布于: the latest approval of this indicator's figures or milestones (ISO time). */
  publishedAt: string | null;
  /** The livelihood project behind a milestone indicator, as GET /api/v1/tasks shows it. */
  task: TTask | null;
  /** The day the project's milestones are counted to (today within the year), as GET /api/v1/tasks takes it; null without a project. */
  taskAsOf: string | null;
  /** Some figure or milestone shown is synthetic (演示数据). */
  isDemo: boolean;
}

function latest(values: readonly (string | null)[]): string | null {
  return values.reduce<string | null>((max, v) => (v !== null && (max === null || v > max) ? v : max), null);
}

async function latestMilestoneApproval(db: TDbClient, code: string, year: number): Promise<string | null> {
  const row = await db.taskMilestone.aggregate({ where: { publishedAt: { not: null }, task: { year, indicator: { code } } }, _max: { publishedAt: true } });
  return row._max.publishedAt?.toISOString() ?? null;
}

/**
 * One indicator for the public page, or null when the code has no target in `year`. `today`
 * ("YYYY-MM-DD", China time) fixes the day a project's milestones are counted to, as the tasks API does.
 */
export async function loadPublicIndicator(db: TDbClient, { code, year, today }: { code: string; year: number; today: string }): Promise<TPublicIndicator | null> {
  const exists = await db.target.findFirst({ where: { year, indicator: { code } }, select: { id: true } });
  if (!exists) return null;
  const [detail, path, list] = await Promise.all([getIndicator(db, { code, year }), getIndicatorProgress(db, { code, year }), getProgressList(db, { year })]);
  const progress = list.indicators.find((row) => row.code === code);
  if (!progress) return null;
  const { figures, revisions, year: _year, ...indicator } = detail;
  let task: TTask | null = null;
  let milestoneApproval: string | null = null;
  let taskAsOf: string | null = null;
  if (indicator.kind === "milestone") {
    const asOfDay = resolveAsOf(year, undefined, today);
    taskAsOf = asOfDay;
    const [tasks, approval] = await Promise.all([listTasks(db, { year, asOf: asOfDay }), latestMilestoneApproval(db, code, year)]);
    task = tasks.find((t) => t.indicatorCode === code) ?? null;
    milestoneApproval = approval;
  }
  const doneDays = task?.milestones.map((m) => m.doneDate) ?? [];
  return {
    year,
    asOf: list.asOf,
    indicator,
    progress,
    months: path.months,
    figures,
    revisions,
    dataAsOf: task ? (latest(doneDays)?.slice(0, 7) ?? null) : latest(figures.filter((f) => f.value !== null).map((f) => f.period)),
    publishedAt: latest([...figures.map((f) => f.publishedAt), ...revisions.map((r) => r.publishedAt), milestoneApproval]),
    task,
    taskAsOf,
    isDemo: figures.some((f) => f.isDemo) || (task?.isDemo ?? false),
  };
}
