import type { TDepartmentRef } from "../../contracts/common";
import type { TReviewGroup, TReviewList, TReviewQuery } from "../../contracts/review";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";
import { fromPeriod, toPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { loadTrackedTargets } from "../progress/load";
import { toReviewFigure, toReviewMilestone, type TLookups } from "./items";
import { assertCanReadReviewQueue } from "./permissions";
import { loadPublished, loadSubmittedFigures, loadSubmittedMilestones, type TDepartmentRow } from "./rows";

export async function findDepartment(db: TDbClient, code: string): Promise<TDepartmentRow> {
  const row = await db.department.findUnique({ where: { code }, select: { id: true, code: true, nameZh: true, nameEn: true, sortOrder: true } });
  if (!row) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${code} 的单位`, en: `No bureau with code ${code}` });
  return row;
}

function departmentRef(row: TDepartmentRow): TDepartmentRef {
  return { code: row.code, nameZh: row.nameZh, nameEn: row.nameEn };
}

/**
 * Everything awaiting review (submitted figures and milestones), by bureau and month, oldest month
 * first: each item with what a reviewer weighs (value in both units, the published and previous
 * values, note and explanation, the indicator's status as of the month counting submitted
 * figures, the history) and whether this reader may act on it.
 */
export async function listReviewQueue(db: TDbClient, query: TReviewQuery & { actor: TActor }): Promise<TReviewList> {
  const { actor, year, department, period } = query;
  assertCanReadReviewQueue(actor);
  const bureau = department ? await findDepartment(db, department) : null;
  const scope = { year, month: period ? fromPeriod(period).month : undefined, departmentId: bureau?.id };
  const [figures, milestones, locks, tracked] = await Promise.all([
    loadSubmittedFigures(db, scope),
    loadSubmittedMilestones(db, scope),
    db.periodLock.findMany({ where: { year, unlockedAt: null }, select: { month: true, departmentId: true } }),
    loadTrackedTargets(db, { year, includeSubmitted: true }),
  ]);
  const published = await loadPublished(db, year, [...new Set(figures.map((f) => f.indicator.id))]);
  const lookups: TLookups = { actor, year, locks, tracked: new Map(tracked.map((t) => [t.code, t])), published };

  const groups = new Map<string, TReviewGroup & { sortOrder: number }>();
  const groupOf = (dept: TDepartmentRow, month: number) => {
    const key = `${month}|${dept.code}`;
    let group = groups.get(key);
    if (!group) {
      group = { department: departmentRef(dept), period: toPeriod(year, month), figures: [], milestones: [], sortOrder: dept.sortOrder };
      groups.set(key, group);
    }
    return group;
  };
  for (const row of figures) {
    const target = row.indicator.targets[0];
    if (!target) continue;
    groupOf(target.department, row.month).figures.push(toReviewFigure(row, target, lookups));
  }
  for (const row of milestones) {
    groupOf(row.task.department, row.dueDate.getUTCMonth() + 1).milestones.push(toReviewMilestone(row, lookups));
  }
  const ordered = [...groups.values()].sort((a, b) => a.period.localeCompare(b.period) || a.sortOrder - b.sortOrder);
  return {
    year,
    department: bureau?.code ?? null,
    period: period ?? null,
    total: figures.length + milestones.length,
    groups: ordered.map(({ sortOrder: _s, ...group }) => group),
  };
}

/** Every bureau, in the configured order, for the queue's filter. */
export async function listDepartments(db: TDbClient): Promise<TDepartmentRef[]> {
  return db.department.findMany({ select: { code: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
}
