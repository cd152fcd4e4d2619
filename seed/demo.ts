import { evaluateProgress } from "../lib/progress/evaluate";
import { dueMonths } from "../lib/progress/schedule";
import type { TEngineTarget } from "../lib/progress/types";
import { TASKS_2020 } from "./data/tasks-2020";
import type { TSeedIndicator, TSeedTask } from "./data/types";

/**
 * Synthetic monthly figures for 2020 so that charts are not empty. Plausible, deterministic,
 * with a COVID-shaped first quarter, and always stored with is_demo = true.
 *
 * Each figure is what its target's `basis` says (year-to-date total, this month's amount, year-to-date
 * rate, current value, monthly mean, days this month, % done), in the target's entry unit (training:
 * people, not 万人), once per unit for per-unit targets, in the months its `frequency` asks for.
 */

export const DEMO_YEAR = 2020;
/** Figures through this month are approved; the next month is partly reported. */
export const DEMO_LAST_APPROVED_MONTH = 9;
export const DEMO_OPEN_MONTH = 10;

export type TDemoStatus = "approved" | "submitted" | "draft";

export interface TDemoFigure {
  indicator: string;
  /** The unit's code for per-unit targets; null otherwise. */
  unit: string | null;
  month: number;
  value: number;
  note: string | null;
  /** The bureau's internal explanation, on the months its indicator is behind schedule. */
  explanation: string | null;
  status: TDemoStatus;
}

export interface TDemoRevision {
  indicator: string;
  unit: string | null;
  month: number;
  /** The value first approved, later revised to the figure's value. */
  firstValue: number;
  reason: string;
}

/**
 * A livelihood project milestone's demo report, entered and reviewed like a figure. The project's
 * percent and status are not here: they are computed from the published done dates.
 */
export interface TDemoMilestoneReport {
  task: string;
  /** The milestone's 1-based place in the project's plan. */
  number: number;
  doneDate: string | null;
  status: "approved" | "submitted" | "returned" | "draft";
  returnReason: string | null;
}

function hashCode(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so the demo set is the same on every machine. */
function randomFor(seed: string): () => number {
  let a = hashCode(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function targetReference(ind: TSeedIndicator): number {
  const t = ind.target;
  if (t.value === undefined && ind.kind === "milestone") return 100;
  if (t.comparator === "range") return ((t.min ?? 0) + (t.max ?? 0)) / 2;
  return t.value ?? 100;
}

function decimalsFor(ind: TSeedIndicator): number {
  const ref = targetReference(ind);
  if (ind.kind === "growth_rate" || ind.kind === "average") return 1;
  if (ind.kind === "day_count" || ind.kind === "milestone") return 0;
  return Number.isInteger(ref) && ref >= 10 ? 0 : 2;
}

function scheduleShare(ind: TSeedIndicator, month: number): number {
  const s = ind.target.schedule;
  return s ? (s[month - 1] ?? 1) : month / 12;
}

/** Months in which a figure is reported: the engine's due months (no January for year-to-date rates). */
export function reportingMonths(ind: TSeedIndicator, lastMonth: number): number[] {
  return dueMonths(ind.target).filter((m) => m <= lastMonth);
}

const PM25_SEASON = [62, 50, 41, 33, 27, 22, 18, 17, 21, 31, 44, 55];
const GOOD_DAYS = [21, 22, 26, 27, 29, 29, 30, 30, 29, 28, 25, 22];
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const COVID_NOTE = "受新冠肺炎疫情影响，一季度指标明显下滑（演示数据）";

function growthValue(ind: TSeedIndicator, month: number, rand: () => number, pace: number): number {
  if (ind.direction === "lower_is_better") return -0.5 - 2.5 * pace * Math.min(1, month / 6) + (rand() - 0.5) * 0.4;
  const ref = targetReference(ind) * pace;
  const dip = -(10 + rand() * 10);
  return ref + (dip - ref) * Math.exp(-(month - 2) / 2) + (rand() - 0.5) * 0.6;
}

function levelValue(ind: TSeedIndicator, month: number, rand: () => number, pace: number): number {
  const ref = targetReference(ind);
  if (ind.unit === "件") return Math.max(4, Math.round(ref * (month <= 3 ? 0.6 : pace) + (rand() - 0.5) * 6));
  const start = ref * 0.85;
  const value = start + (ref * pace - start) * Math.min(1, month / 8) + (rand() - 0.5) * ref * 0.02;
  return ind.unit === "%" ? Math.min(100, value) : value;
}

function monthValue(ind: TSeedIndicator, month: number, rand: () => number, pace: number, previous: number): number {
  switch (ind.kind) {
    case "growth_rate":
      return growthValue(ind, month, rand, pace);
    case "cumulative": {
      const catchUp = month <= 3 ? 0.55 : Math.min(pace, 0.55 + (pace - 0.55) * ((month - 3) / 3));
      return Math.max(previous, targetReference(ind) * scheduleShare(ind, month) * catchUp);
    }
    case "share":
    case "level":
      return levelValue(ind, month, rand, pace);
    case "average":
      return (PM25_SEASON[month - 1] ?? 30) * (0.93 + pace * 0.1) + (rand() - 0.5) * 3;
    case "day_count":
      return Math.min(MONTH_DAYS[month - 1] ?? 30, Math.round((GOOD_DAYS[month - 1] ?? 25) * (0.92 + pace * 0.08) + (rand() - 0.5) * 2));
    case "milestone":
      return Math.max(previous, Math.min(100, 100 * scheduleShare(ind, month) * (month <= 3 ? 0.5 : pace)));
  }
}

/**
 * A livelihood project's milestone indicator takes its progress from the project's milestones
 * (computed from their published done dates), never from a separately entered "% done" figure.
 */
function isTrackedByMilestones(ind: TSeedIndicator): boolean {
  return ind.kind === "milestone" && TASKS_2020.some((t) => (t.indicator ?? t.code) === ind.code);
}

/** A per-unit target as one indicator per unit, each with its own number, so each gets its own path. */
function seriesOf(ind: TSeedIndicator): { ind: TSeedIndicator; unit: string | null; seed: string }[] {
  const units = ind.target.units;
  if (!units) return [{ ind, unit: null, seed: ind.code }];
  return units.map((u) => ({ ind: { ...ind, target: { ...ind.target, value: u.value } }, unit: u.code, seed: `${ind.code}:${u.code}` }));
}

/** The series' target as the engine sees it (display unit; one unit's own number for a per-unit series). */
function engineTargetOf(ind: TSeedIndicator): TEngineTarget {
  const t = ind.target;
  return {
    year: t.year,
    kind: ind.kind,
    direction: ind.direction,
    comparator: t.comparator,
    value: t.value ?? null,
    min: t.min ?? null,
    max: t.max ?? null,
    basis: t.basis,
    frequency: t.frequency,
    schedule: t.schedule ? [...t.schedule] : null,
    units: null,
  };
}

/** When the bureau expects to be back on schedule, a few months after the lagging one. */
function catchUpMonth(month: number): string {
  return month >= 10 ? "年底前" : `${Math.min(12, month + 3)}月底前`;
}

/** A bureau's explanation for a lagging month, in the words a bureau would use for that kind of target. */
function lagExplanation(ind: TSeedIndicator, month: number): string {
  const by = catchUpMonth(month);
  switch (ind.kind) {
    case "growth_rate":
      return `受疫情影响，部分重点企业尚未完全达产，累计增速低于目标。正推动骨干企业满负荷生产和新开工项目入统，预计${by}收窄差距。（演示数据）`;
    case "cumulative":
    case "milestone":
      return `一季度受疫情影响开工推迟，进度落后于时序。已倒排工期、增加施工力量，计划${by}追平时序进度。（演示数据）`;
    case "average":
    case "day_count":
      return `采暖期燃煤和秸秆焚烧影响空气质量，指标落后于时序目标。已加强散煤治理和秸秆禁烧巡查，预计${by}回到目标路径。（演示数据）`;
    case "share":
    case "level":
      return `部分项目手续尚在办理，指标暂未达到时序要求。已逐项明确责任人和完成时限，预计${by}达到目标。（演示数据）`;
  }
}

/** Figures for every 2020 indicator (and unit): approved through September, October partly in. */
export function buildDemoFigures(indicators: readonly TSeedIndicator[]): TDemoFigure[] {
  const figures: TDemoFigure[] = [];
  for (const { ind, unit, seed } of indicators.filter((i) => i.target.year === DEMO_YEAR).flatMap(seriesOf)) {
    if (isTrackedByMilestones(ind)) continue;
    const rand = randomFor(seed);
    // Some indicators run ahead of plan, most close to it, a few well behind.
    const pace = 0.8 + rand() * 0.3;
    const openState = rand();
    const factor = ind.target.entryFactor ?? 1;
    // Entered as typed: in the entry unit, a whole number when the entry unit is a finer one (人).
    const digits = factor === 1 ? decimalsFor(ind) : 0;
    const engine = engineTargetOf(ind);
    const seen: { month: number; value: number; unit: null }[] = [];
    let previous = 0;
    let previousEntered = 0;
    for (const month of reportingMonths(ind, DEMO_OPEN_MONTH)) {
      const isOpen = month === DEMO_OPEN_MONTH;
      if (isOpen && openState < 0.25) continue;
      const shown = round(monthValue(ind, month, rand, pace, previous), decimalsFor(ind));
      previous = shown;
      const ytdEntered = round(shown / factor, digits);
      const value = ind.target.basis === "month_amount" ? round(ytdEntered - previousEntered, digits) : ytdEntered;
      previousEntered = ytdEntered;
      const isCovidDip = ind.kind === "growth_rate" && month <= 3 && ind.direction === "higher_is_better";
      // The bureau explains each month its indicator is judged behind, as the engine judges it.
      seen.push({ month, value: value * factor, unit: null });
      const status = evaluateProgress(engine, seen, month).status;
      const isLagging = status === "behind" || status === "off_track";
      figures.push({
        indicator: ind.code,
        unit,
        month,
        value,
        note: isCovidDip ? COVID_NOTE : null,
        explanation: isLagging ? lagExplanation(ind, month) : null,
        status: !isOpen ? "approved" : openState < 0.45 ? "draft" : "submitted",
      });
    }
  }
  return figures;
}

/** One figure revised after approval, so the public log of revised figures has an entry. */
export function buildDemoRevisions(figures: readonly TDemoFigure[]): TDemoRevision[] {
  const gdpQ1 = figures.find((f) => f.indicator === "gdp-growth" && f.month === 3);
  if (!gdpQ1) return [];
  return [{ indicator: "gdp-growth", unit: null, month: 3, firstValue: round(gdpQ1.value - 0.4, 1), reason: "省统计局反馈一季度核算数据后修订（演示数据）" }];
}

const DEMO_AS_OF = `${DEMO_YEAR}-${String(DEMO_LAST_APPROVED_MONTH).padStart(2, "0")}-30`;
const DEMO_RETURN_REASON = "验收资料不全，请补齐验收报告后重新提交（演示数据）";

function demoDay(month: number, day: number): string {
  return `${DEMO_YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A few days before (now and then after) the due day, never past the end of September. */
function doneDateFor(due: string, rand: () => number): string {
  const shift = Math.floor(rand() * 24) - 18;
  const day = new Date(Date.parse(`${due}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  return day > DEMO_AS_OF ? DEMO_AS_OF : day;
}

/**
 * Milestone reports as of the end of September, with October open: milestones due by then are
 * approved and published, except in the one project in five running late (the lowest draws), whose
 * last milestone due is overdue; the first late one was reported in October and returned. Of the
 * later milestones, the first two due were reported early: one submitted, one still a draft.
 */
export function buildDemoTaskStates(tasks: readonly TSeedTask[]): TDemoMilestoneReport[] {
  const draws = tasks.map((task) => ({ task, draw: randomFor(`task:${task.code}`)() }));
  const late = new Set(
    [...draws]
      .sort((a, b) => a.draw - b.draw || a.task.number - b.task.number)
      .slice(0, Math.ceil(tasks.length / 5))
      .map((d) => d.task.code),
  );
  const reports: TDemoMilestoneReport[] = [];
  let returned = false;
  for (const task of tasks) {
    const rand = randomFor(`milestones:${task.code}`);
    const due = task.milestones.map((m, index) => ({ number: index + 1, due: m.due })).filter((m) => m.due <= DEMO_AS_OF);
    for (const [k, m] of due.entries()) {
      const isOverdue = late.has(task.code) && k === due.length - 1;
      if (!isOverdue) {
        reports.push({ task: task.code, number: m.number, doneDate: doneDateFor(m.due, rand), status: "approved", returnReason: null });
      } else if (!returned) {
        returned = true;
        reports.push({ task: task.code, number: m.number, doneDate: demoDay(DEMO_OPEN_MONTH, 9), status: "returned", returnReason: DEMO_RETURN_REASON });
      }
    }
  }
  const upcoming = tasks
    .filter((task) => !late.has(task.code))
    .flatMap((task) => task.milestones.map((m, index) => ({ task: task.code, taskNumber: task.number, number: index + 1, due: m.due })))
    .filter((m) => m.due > DEMO_AS_OF)
    .sort((a, b) => a.due.localeCompare(b.due) || a.taskNumber - b.taskNumber)
    .slice(0, 2);
  const [submitted, draft] = upcoming;
  if (submitted) reports.push({ task: submitted.task, number: submitted.number, doneDate: demoDay(DEMO_OPEN_MONTH, 16), status: "submitted", returnReason: null });
  if (draft) reports.push({ task: draft.task, number: draft.number, doneDate: demoDay(DEMO_OPEN_MONTH, 12), status: "draft", returnReason: null });
  return reports;
}
