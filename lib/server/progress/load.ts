import { computeTaskProgressByMonth, type TMilestoneDates } from "../../contracts/tasks-progress";
import type { TComparator, TDirection, TIndicatorKind } from "../../contracts/common";
import type { TBasis, TFrequency } from "../../contracts/tracking";
import type { TEngineFigure, TEngineTarget } from "../../progress";
import type { TDbClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { displayValueSql } from "../indicators/display";

/** One target of a year as the engine takes it, with what the API and pages show beside it. */
export interface TTrackedTarget {
  code: string;
  unit: string;
  engine: TEngineTarget;
  figures: TEngineFigure[];
}

/** A target row as the targets query builds it: one JSON text for the year decodes faster than 10,000 driver rows. */
type TTargetRow = [
  targetId: number,
  indicatorId: number,
  code: string,
  kind: TIndicatorKind,
  unit: string,
  direction: TDirection,
  comparator: TComparator,
  value: number | null,
  min: number | null,
  max: number | null,
  basis: TBasis,
  frequency: TFrequency,
  schedule: number[] | null,
];

/** The figures query's columns, each as one array (index i of each is one figure): cheaper to build and decode than a row or an object per figure. */
type TFigureColumns = [indicatorIds: number[], months: number[], values: (number | null)[], units: (string | null)[]];

interface TLoadArgs {
  year: number;
  code?: string;
  /** Only the targets this bureau leads in `year`. */
  departmentId?: number;
  /** Figures awaiting review count with their working value (leadership's preview). */
  includeSubmitted?: boolean;
  /** Drafts and returned figures count with their working value too (what submitting would show). */
  includeDrafts?: boolean;
  /**
   * Only figures of months up to this one: judging as of a month never looks past it, so a list
   * as of March reads a quarter of the year's figures. Not for paths, which show every month.
   */
  throughMonth?: number;
}

/** The year's targets `t` (one indicator's, with `code`; one bureau's, with `departmentId`). */
function targetsOf({ year, code, departmentId }: TLoadArgs): Prisma.Sql {
  const ofCode = code === undefined ? Prisma.empty : Prisma.sql` AND t.indicator_id = (SELECT id FROM indicators WHERE code = ${code})`;
  const ofBureau = departmentId === undefined ? Prisma.empty : Prisma.sql` AND t.department_id = ${departmentId}`;
  return Prisma.sql`t.year = ${year}${ofCode}${ofBureau}`;
}

/** Numbers leave as float8: PostgreSQL turns the exact NUMERIC into the nearest double, as Decimal#toNumber does. */
async function selectTargets(db: TDbClient, args: TLoadArgs): Promise<TTargetRow[]> {
  const [row] = await db.$queryRaw<{ rows: string | null }[]>`
    SELECT json_agg(json_build_array(t.id, i.id, i.code, i.kind, i.unit, i.direction, t.comparator,
             t.value::float8, t.min::float8, t.max::float8, t.basis, t.frequency, t.schedule_profile::float8[])
           ORDER BY s.sort_order, i.sort_order, t.id)::text AS rows
    FROM targets t
    JOIN indicators i ON i.id = t.indicator_id
    JOIN sections s ON s.id = t.section_id
    WHERE ${targetsOf(args)}`;
  return row?.rows ? (JSON.parse(row.rows) as TTargetRow[]) : [];
}

async function selectUnits(db: TDbClient, args: TLoadArgs): Promise<{ targetId: number; code: string; value: number }[]> {
  return db.$queryRaw`
    SELECT u.target_id AS "targetId", u.code, u.value::float8 AS value
    FROM target_units u
    JOIN targets t ON t.id = u.target_id
    WHERE ${targetsOf(args)}
    ORDER BY u.target_id, u.sort_order`;
}

/** Milestones of the projects behind the year's milestone indicators, with the published done date only. */
async function selectMilestones(db: TDbClient, args: TLoadArgs): Promise<({ indicatorId: number } & TMilestoneDates)[]> {
  return db.$queryRaw`
    SELECT k.indicator_id AS "indicatorId", to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate",
           CASE WHEN m.published_at IS NOT NULL THEN to_char(m.published_done_date, 'YYYY-MM-DD') END AS "doneDate"
    FROM task_milestones m
    JOIN tasks k ON k.id = m.task_id
    JOIN targets t ON t.indicator_id = k.indicator_id
    JOIN indicators i ON i.id = t.indicator_id
    WHERE ${targetsOf(args)} AND i.kind = 'milestone'`;
}

/** The figure statuses whose working value counts instead of the published one. */
function workingStatuses({ includeSubmitted = false, includeDrafts = false }: TLoadArgs): string[] {
  return [...(includeSubmitted ? ["submitted"] : []), ...(includeDrafts ? ["draft", "returned"] : [])];
}

/**
 * Published figures of the year's targets in the display unit; with `includeSubmitted` a figure
 * awaiting review counts with its working value, which previews what approval would publish, and
 * with `includeDrafts` so do drafts and returned figures (the official's check before submitting).
 */
async function selectFigures(db: TDbClient, { throughMonth = 12, ...args }: TLoadArgs): Promise<TFigureColumns> {
  const working = workingStatuses(args);
  const isWorking = Prisma.sql`f.status::text = ANY(${working}::text[])`;
  const entered = working.length > 0 ? Prisma.sql`CASE WHEN ${isWorking} THEN f.value ELSE f.published_value END` : Prisma.sql`f.published_value`;
  const shown = working.length > 0 ? Prisma.sql`(f.published_at IS NOT NULL OR ${isWorking})` : Prisma.sql`f.published_at IS NOT NULL`;
  const [row] = await db.$queryRaw<{ columns: string | null }[]>`
    SELECT json_build_array(array_agg(f.indicator_id), array_agg(f.month), array_agg(${displayValueSql(entered, Prisma.sql`t.entry_factor`)}), array_agg(u.code))::text AS columns
    FROM figures f
    JOIN targets t ON t.indicator_id = f.indicator_id AND t.year = f.year
    LEFT JOIN target_units u ON u.id = f.unit_id
    WHERE ${targetsOf(args)} AND f.year = ${args.year} AND f.month <= ${throughMonth} AND ${shown}`;
  const columns = row?.columns ? (JSON.parse(row.columns) as TFigureColumns | [null, null, null, null]) : null;
  return columns?.[0] ? (columns as TFigureColumns) : [[], [], [], []];
}

/** Each indicator's figures, by month (the query gives them in no particular order). */
function figuresByIndicator([indicatorIds, months, values, units]: TFigureColumns): Map<number, TEngineFigure[]> {
  const groups = new Map<number, TEngineFigure[]>();
  for (let n = 0; n < indicatorIds.length; n += 1) {
    const figure = { month: months[n]!, value: values[n]!, unit: units[n]! };
    const group = groups.get(indicatorIds[n]!);
    if (group) group.push(figure);
    else groups.set(indicatorIds[n]!, [figure]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.month - b.month);
  return groups;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * A milestone indicator has no figures of its own: its percent done, month by month, and its
 * expected path come from its project's published milestones (one source of truth).
 */
function fromMilestones(year: number, milestones: TMilestoneDates[]): { figures: TEngineFigure[]; schedule: number[] | null } {
  const months = computeTaskProgressByMonth(milestones, year);
  const figures = months.map((m, i) => ({ month: i + 1, value: m.progressPercent, unit: null }));
  const schedule = months.map((m) => m.expectedPercent / 100);
  return { figures, schedule: schedule[11] === 1 ? schedule : null };
}

/**
 * Every target of `year` with its published figures (converted from the entry unit to the
 * display unit), from one query per table, run side by side. `includeSubmitted` adds figures
 * awaiting review, for leadership's preview; the public never gets them.
 */
export async function loadTrackedTargets(db: TDbClient, args: TLoadArgs): Promise<TTrackedTarget[]> {
  const [targets, units, milestones, figures] = await Promise.all([selectTargets(db, args), selectUnits(db, args), selectMilestones(db, args), selectFigures(db, args)]);
  const unitsByTarget = groupBy(units, (u) => u.targetId);
  const milestonesByIndicator = groupBy(milestones, (m) => m.indicatorId);
  const figuresOf = figuresByIndicator(figures);

  return targets.map(([targetId, indicatorId, code, kind, unit, direction, comparator, value, min, max, basis, frequency, schedule]) => {
    const ownUnits = unitsByTarget.get(targetId);
    const engine: TEngineTarget = {
      year: args.year,
      kind,
      direction,
      comparator,
      value,
      min,
      max,
      basis,
      frequency,
      schedule: schedule?.length === 12 ? schedule : null,
      units: ownUnits ? ownUnits.map((u) => ({ code: u.code, value: u.value })) : null,
    };
    const dates = milestonesByIndicator.get(indicatorId);
    if (kind === "milestone" && dates) {
      const derived = fromMilestones(args.year, dates.map(({ dueDate, doneDate }) => ({ dueDate, doneDate })));
      return { code, unit, engine: { ...engine, schedule: derived.schedule ?? engine.schedule }, figures: derived.figures };
    }
    return { code, unit, engine, figures: figuresOf.get(indicatorId) ?? [] };
  });
}
