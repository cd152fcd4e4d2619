import type { TSeedIndicator, TSeedTask } from "./data/types";

/**
 * Synthetic monthly figures for 2020 so that charts are not empty. Plausible, deterministic,
 * with a COVID-shaped first quarter, and always stored with is_demo = true.
 *
 * What a figure means per kind: growth_rate = year-to-date growth %; cumulative = year-to-date
 * total; share/level = the value that month; average = the month's mean; day_count = days in
 * the month; milestone = % done.
 */

export const DEMO_YEAR = 2020;
/** Figures through this month are approved; the next month is partly reported. */
export const DEMO_LAST_APPROVED_MONTH = 9;
export const DEMO_OPEN_MONTH = 10;

export type TDemoStatus = "approved" | "submitted" | "draft";

export interface TDemoFigure {
  indicator: string;
  month: number;
  value: number;
  note: string | null;
  status: TDemoStatus;
}

export interface TDemoRevision {
  indicator: string;
  month: number;
  /** The value first approved, later revised to the figure's value. */
  firstValue: number;
  reason: string;
}

export interface TDemoTaskState {
  task: string;
  status: "not_started" | "in_progress" | "completed" | "delayed";
  progressPercent: number;
  /** Sort orders of milestones done, with the day they were done. */
  done: { sortOrder: number; date: string }[];
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
  return s?.kind === "profile" ? (s.cumulative[month - 1] ?? 1) : month / 12;
}

/** Months in which a figure is reported: GDP quarterly, growth rates from the Jan–Feb release on. */
export function reportingMonths(ind: TSeedIndicator, lastMonth: number): number[] {
  const months: number[] = [];
  for (let m = 1; m <= lastMonth; m += 1) {
    if (ind.code === "gdp-growth" && m % 3 !== 0) continue;
    if (ind.kind === "growth_rate" && m === 1) continue;
    months.push(m);
  }
  return months;
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

/** Figures for every 2020 indicator: approved through September, October partly in. */
export function buildDemoFigures(indicators: readonly TSeedIndicator[]): TDemoFigure[] {
  const figures: TDemoFigure[] = [];
  for (const ind of indicators) {
    if (ind.target.year !== DEMO_YEAR) continue;
    const rand = randomFor(ind.code);
    // Some indicators run ahead of plan, most close to it, a few well behind.
    const pace = 0.8 + rand() * 0.3;
    const openState = rand();
    let previous = 0;
    for (const month of reportingMonths(ind, DEMO_OPEN_MONTH)) {
      const isOpen = month === DEMO_OPEN_MONTH;
      if (isOpen && openState < 0.25) continue;
      const value = round(monthValue(ind, month, rand, pace, previous), decimalsFor(ind));
      previous = value;
      const isCovidDip = ind.kind === "growth_rate" && month <= 3 && ind.direction === "higher_is_better";
      figures.push({
        indicator: ind.code,
        month,
        value,
        note: isCovidDip ? COVID_NOTE : null,
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
  return [{ indicator: "gdp-growth", month: 3, firstValue: round(gdpQ1.value - 0.4, 1), reason: "省统计局反馈一季度核算数据后修订（演示数据）" }];
}

/** Task progress as of the end of September: milestones due by then done, one in five running late. */
export function buildDemoTaskStates(tasks: readonly TSeedTask[]): TDemoTaskState[] {
  const asOf = `${DEMO_YEAR}-09-30`;
  return tasks.map((task) => {
    const isLate = randomFor(`task:${task.code}`)() < 0.2;
    const total = task.milestones.length;
    const due = task.milestones.map((m, index) => ({ sortOrder: index + 1, date: m.due })).filter((m) => m.date <= asOf);
    const done = isLate ? due.slice(0, Math.max(0, due.length - 1)) : due;
    const isComplete = done.length === total;
    const status = isComplete ? "completed" : done.length < due.length ? "delayed" : done.length > 0 ? "in_progress" : "not_started";
    const progressPercent = isComplete ? 100 : Math.round((100 * (done.length + 0.5)) / total);
    return { task: task.code, status, progressPercent, done };
  });
}
