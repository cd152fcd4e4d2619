import type { TBureauCompleteness, TCompleteness, TCompletenessItem, TDueState } from "../../contracts/dashboard";
import type { TFigureStatus } from "../../contracts/figures";
import { dueMonths } from "../../progress/schedule";
import type { TDbClient } from "../db/client";
import { toPeriod } from "../db/mappers";
import { targetScope, type TDashboardScope } from "./scope";

/** A published figure being revised still counts as reported; a draft or returned one does not. */
function stateOf(figure: { status: TFigureStatus; publishedAt: Date | null } | undefined): TDueState {
  if (!figure) return "missing";
  if (figure.status === "approved") return "approved";
  if (figure.status === "submitted") return "submitted";
  return figure.publishedAt ? "approved" : "missing";
}

/**
 * Reporting completeness for one month: per bureau, the figures due that month (a quarterly
 * indicator only in March, June, September and December; one figure per unit of a per-unit target;
 * livelihood projects report milestones, not figures) and whether each is approved, awaiting
 * review or missing. Bureaus with most missing first.
 */
export async function getCompleteness(db: TDbClient, { scope, year, month }: { scope: TDashboardScope; year: number; month: number }): Promise<TCompleteness> {
  const targets = await db.target.findMany({
    where: { year, ...targetScope(scope), indicator: { kind: { not: "milestone" } } },
    select: {
      frequency: true,
      basis: true,
      department: { select: { code: true, nameZh: true, nameEn: true, sortOrder: true } },
      units: { select: { id: true, code: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
      indicator: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
    orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
  });
  const due = targets.filter((t) => dueMonths(t).includes(month));
  const figures = await db.figure.findMany({
    where: { year, month, indicatorId: { in: due.map((t) => t.indicator.id) } },
    select: { indicatorId: true, unitId: true, status: true, publishedAt: true },
  });
  const byKey = new Map(figures.map((f) => [`${f.indicatorId}:${f.unitId ?? ""}`, f]));
  const bureaus = new Map<string, TBureauCompleteness & { sortOrder: number }>();
  for (const t of due) {
    const { sortOrder, ...department } = t.department;
    const bureau = bureaus.get(department.code) ?? { department, sortOrder, due: 0, approved: 0, submitted: 0, missing: 0, items: [] };
    const slots = t.units.length > 0 ? t.units.map((u) => ({ id: u.id, unit: { code: u.code, nameZh: u.nameZh, nameEn: u.nameEn } })) : [{ id: null, unit: null }];
    for (const slot of slots) {
      const figure = byKey.get(`${t.indicator.id}:${slot.id ?? ""}`);
      const state = stateOf(figure);
      const item: TCompletenessItem = { code: t.indicator.code, nameZh: t.indicator.nameZh, nameEn: t.indicator.nameEn, unit: slot.unit, state, figureStatus: figure?.status ?? null };
      bureau.items.push(item);
      bureau.due += 1;
      bureau[state] += 1;
    }
    bureaus.set(department.code, bureau);
  }
  const list = [...bureaus.values()]
    .sort((a, b) => b.missing - a.missing || b.submitted - a.submitted || a.sortOrder - b.sortOrder)
    .map(({ sortOrder: _s, ...b }) => b);
  return { period: toPeriod(year, month), bureaus: list };
}
