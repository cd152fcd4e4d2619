import type { TEntryGrid, TEntryProgress, TEntryRow } from "../../contracts/entry";
import type { TFigure } from "../../contracts/figures";
import { dueMonths, evaluateProgress, type TUnitProgress } from "../../progress";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";
import { toComparator, toNumber, toPeriod } from "../db/mappers";
import { FIGURE_SELECT, toFigure } from "../figures/dto";
import { canEditFigure } from "../figures/permissions";
import { hasDemoData } from "../figures/queries";
import { listOpenLocks } from "../periods/locks";
import { loadTrackedTargets, type TTrackedTarget } from "../progress/load";
import { resolveEntryDepartment } from "./scope";

const TARGET_SELECT = {
  comparator: true,
  value: true,
  min: true,
  max: true,
  basis: true,
  frequency: true,
  entryUnit: true,
  entryFactor: true,
  baselineComparable: true,
  baselineResult: { select: { value: true } },
  units: { select: { code: true, nameZh: true, nameEn: true, value: true }, orderBy: { sortOrder: "asc" } },
  indicator: { select: { id: true, code: true, nameZh: true, nameEn: true, kind: true, unit: true, direction: true, _count: { select: { tasks: true } } } },
} as const;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function judge(tracked: TTrackedTarget | undefined, unitCode: string | null, month: number): TUnitProgress | null {
  if (!tracked) return null;
  const all = evaluateProgress(tracked.engine, tracked.figures, month);
  return unitCode === null ? all : (all.units?.find((u) => u.code === unitCode) ?? all);
}

function progressOf(year: number, tracked: { preview?: TTrackedTarget; withDrafts?: TTrackedTarget }, unitCode: string | null): TEntryProgress[] {
  return MONTHS.map((month) => {
    const p = judge(tracked.preview, unitCode, month);
    const d = judge(tracked.withDrafts, unitCode, month);
    return { period: toPeriod(year, month), status: p?.status ?? "no_data", actual: p?.actual ?? null, expected: p?.expected ?? null, statusWithDrafts: d?.status ?? "no_data" };
  });
}

/**
 * The working figures of one bureau for a year, one row per indicator (per unit for per-unit
 * targets), with due months, open locks and each month's status with submitted figures counted.
 * Indicators whose progress comes from a livelihood project's milestones are entered there, not here.
 */
export async function getEntryGrid(db: TDbClient, { actor, year, department: code }: { actor: TActor; year: number; department?: string }): Promise<TEntryGrid> {
  const department = await resolveEntryDepartment(db, actor, code);
  const targets = (
    await db.target.findMany({
      where: { year, departmentId: department.id },
      select: TARGET_SELECT,
      orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
    })
  ).filter((t) => !(t.indicator.kind === "milestone" && t.indicator._count.tasks > 0));
  const [figures, locks, preview, withDrafts, isDemo] = await Promise.all([
    db.figure.findMany({ where: { year, indicatorId: { in: targets.map((t) => t.indicator.id) } }, select: { ...FIGURE_SELECT, indicatorId: true } }),
    listOpenLocks(db, { year, departmentId: department.id }),
    loadTrackedTargets(db, { year, departmentId: department.id, includeSubmitted: true }),
    loadTrackedTargets(db, { year, departmentId: department.id, includeSubmitted: true, includeDrafts: true }),
    hasDemoData(db),
  ]);
  const figureAt = new Map<string, TFigure>();
  for (const f of figures) figureAt.set(`${f.indicatorId}/${f.unit?.code ?? ""}/${f.month}`, toFigure(f));
  const previewByCode = new Map(preview.map((t) => [t.code, t]));
  const withDraftsByCode = new Map(withDrafts.map((t) => [t.code, t]));

  const rows: TEntryRow[] = targets.flatMap((t) => {
    const due = dueMonths(t);
    const units = t.units.length > 0 ? t.units : [null];
    const entryFactor = t.entryFactor.toNumber();
    const baseline = t.baselineComparable && t.baselineResult ? toNumber(t.baselineResult.value) : null;
    return units.map((unit) => ({
      code: t.indicator.code,
      nameZh: t.indicator.nameZh,
      nameEn: t.indicator.nameEn,
      unitCode: unit?.code ?? null,
      unitNameZh: unit?.nameZh ?? null,
      unitNameEn: unit?.nameEn ?? null,
      kind: t.indicator.kind,
      direction: t.indicator.direction,
      basis: t.basis,
      frequency: t.frequency,
      unit: t.indicator.unit,
      entryUnit: t.entryUnit,
      entryFactor,
      // A unit of a per-unit target is held to its own number (三个县(市)各100公里).
      target: unit
        ? { comparator: t.comparator === "range" ? (">=" as const) : toComparator(t.comparator), value: unit.value.toNumber(), min: null, max: null }
        : { comparator: toComparator(t.comparator), value: toNumber(t.value), min: toNumber(t.min), max: toNumber(t.max) },
      baseline,
      dueMonths: [...due],
      cells: MONTHS.map((month) => ({
        period: toPeriod(year, month),
        isDue: due.includes(month),
        figure: figureAt.get(`${t.indicator.id}/${unit?.code ?? ""}/${month}`) ?? null,
      })),
      progress: progressOf(year, { preview: previewByCode.get(t.indicator.code), withDrafts: withDraftsByCode.get(t.indicator.code) }, unit?.code ?? null),
    }));
  });
  const { id: _id, ...departmentRef } = department;
  return { year, department: departmentRef, canEdit: canEditFigure(actor, { departmentId: department.id }), rows, locks, isDemo };
}
