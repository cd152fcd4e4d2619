import { readFileSync } from "node:fs";
import path from "node:path";
import { COMMITMENTS_2020 } from "./data/commitments-2020";
import { DEPARTMENTS } from "./data/departments";
import { INDICATORS_2020 } from "./data/indicators-2020";
import { RESULTS_2019 } from "./data/results-2019";
import { LINEAR } from "./data/schedules";
import { SECTIONS_2019, SECTIONS_2020 } from "./data/sections";
import { TASKS_2020 } from "./data/tasks-2020";
import type { TSeedIndicator, TSeedResult, TSeedSection, TSeedTask, TSeedDepartment } from "./data/types";

export const REPORT_FILE = path.resolve(import.meta.dirname, "source/siping-2020-government-work-report.zh.txt");

export function readReportText(): string {
  return readFileSync(REPORT_FILE, "utf8");
}

/**
 * A livelihood project the report gives no quantity for is tracked by a milestone indicator
 * (monthly % done), so every one of the ten appears in the status matrix.
 */
function milestoneIndicatorFor(task: TSeedTask): TSeedIndicator {
  return {
    code: task.code,
    section: "livelihood-projects",
    nameZh: task.titleZh,
    nameEn: task.titleEn,
    kind: "milestone",
    unit: "%",
    direction: "higher_is_better",
    department: task.department,
    target: { year: 2020, comparator: "=", quote: task.quote, basis: "percent_done", frequency: "monthly", schedule: LINEAR },
  };
}

/**
 * One year's government work report: its targets (for `year`, and the odd later one), the previous
 * year's results, and the livelihood projects. Later years are added as further reports; seeding
 * one never rewrites another's targets, sections or bureaus.
 */
export interface TReport {
  /** The year the report's targets are for (its results are of the year before). */
  year: number;
  sections: readonly TSeedSection[];
  departments: readonly TSeedDepartment[];
  results: readonly TSeedResult[];
  indicators: readonly TSeedIndicator[];
  tasks: readonly (TSeedTask & { indicator: string })[];
}

export const REPORT: TReport = {
  year: 2020,
  sections: [...SECTIONS_2020, ...SECTIONS_2019],
  departments: DEPARTMENTS,
  results: RESULTS_2019,
  indicators: [...INDICATORS_2020, ...COMMITMENTS_2020, ...TASKS_2020.filter((t) => !t.indicator).map(milestoneIndicatorFor)],
  tasks: TASKS_2020.map((t) => ({ ...t, indicator: t.indicator ?? t.code })),
};

/** Every report year the seed loads, oldest first. */
export const REPORTS: readonly TReport[] = [REPORT];
