import { computeTaskProgressByMonth, type TMilestoneDates } from "../../contracts/tasks-progress";
import type { TEngineFigure, TEngineTarget } from "../../progress";
import type { TDbClient } from "../db/client";
import { toComparator, toIsoDay } from "../db/mappers";
import { toDisplayValue } from "../indicators/display";

/** One target of a year as the engine takes it, with what the API and pages show beside it. */
export interface TTrackedTarget {
  code: string;
  unit: string;
  engine: TEngineTarget;
  figures: TEngineFigure[];
}

const TARGET_SELECT = {
  year: true,
  comparator: true,
  value: true,
  min: true,
  max: true,
  basis: true,
  frequency: true,
  entryFactor: true,
  scheduleProfile: true,
  units: { select: { id: true, code: true, value: true }, orderBy: { sortOrder: "asc" } },
  indicator: {
    select: {
      id: true,
      code: true,
      kind: true,
      unit: true,
      direction: true,
      tasks: { select: { milestones: { select: { dueDate: true, publishedDoneDate: true, publishedAt: true } } } },
    },
  },
} as const;

const num = (d: { toNumber(): number } | null): number | null => (d === null ? null : d.toNumber());

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

interface TLoadOptions {
  year: number;
  code?: string;
  /** Only the targets led by this bureau. */
  departmentId?: number;
  /** Figures awaiting review count with their working value (leadership's preview). */
  includeSubmitted?: boolean;
  /** Drafts and returned figures count with their working value too (what submitting would show). */
  includeDrafts?: boolean;
}

const DRAFTS = ["draft", "returned"] as const;

/**
 * Every target of `year` with its published figures (converted from the entry unit to the
 * display unit), from one query per table. `includeSubmitted` adds figures awaiting review, for
 * leadership's preview, and `includeDrafts` the working values not yet submitted, for the
 * official's check before submitting; the public never gets either.
 */
export async function loadTrackedTargets(db: TDbClient, { year, code, departmentId, includeSubmitted = false, includeDrafts = false }: TLoadOptions): Promise<TTrackedTarget[]> {
  const targets = await db.target.findMany({
    where: { year, ...(code ? { indicator: { code } } : {}), ...(departmentId !== undefined ? { departmentId } : {}) },
    select: TARGET_SELECT,
    orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
  });
  const figures = await db.figure.findMany({
    where: {
      year,
      indicatorId: { in: targets.map((t) => t.indicator.id) },
      OR: [
        { publishedAt: { not: null } },
        ...(includeSubmitted ? [{ status: "submitted" as const }] : []),
        ...(includeDrafts ? [{ status: { in: [...DRAFTS] } }] : []),
      ],
    },
    select: { indicatorId: true, month: true, status: true, value: true, publishedValue: true, publishedAt: true, unit: { select: { code: true } } },
  });
  const byIndicator = new Map<number, typeof figures>();
  for (const f of figures) byIndicator.set(f.indicatorId, [...(byIndicator.get(f.indicatorId) ?? []), f]);

  return targets.map((t) => {
    const engine: TEngineTarget = {
      year: t.year,
      kind: t.indicator.kind,
      direction: t.indicator.direction,
      comparator: toComparator(t.comparator),
      value: num(t.value),
      min: num(t.min),
      max: num(t.max),
      basis: t.basis,
      frequency: t.frequency,
      schedule: t.scheduleProfile.length === 12 ? t.scheduleProfile.map((d) => d.toNumber()) : null,
      units: t.units.length > 0 ? t.units.map((u) => ({ code: u.code, value: u.value.toNumber() })) : null,
    };
    const milestones = t.indicator.tasks.flatMap((task) => task.milestones);
    if (t.indicator.kind === "milestone" && milestones.length > 0) {
      const dates = milestones.map((m) => ({ dueDate: toIsoDay(m.dueDate), doneDate: m.publishedAt && m.publishedDoneDate ? toIsoDay(m.publishedDoneDate) : null }));
      const derived = fromMilestones(year, dates);
      return { code: t.indicator.code, unit: t.indicator.unit, engine: { ...engine, schedule: derived.schedule ?? engine.schedule }, figures: derived.figures };
    }
    const own = (byIndicator.get(t.indicator.id) ?? []).map((f) => {
      // The submitted (or draft) working value previews what approval would publish.
      const isWorking = (includeSubmitted && f.status === "submitted") || (includeDrafts && (f.status === "draft" || f.status === "returned"));
      const raw = isWorking ? f.value : f.publishedValue;
      return { month: f.month, value: toDisplayValue(raw, t.entryFactor), unit: f.unit?.code ?? null };
    });
    return { code: t.indicator.code, unit: t.indicator.unit, engine, figures: own };
  });
}
