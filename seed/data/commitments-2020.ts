import { LINEAR } from "./schedules";
import type { TSeedIndicator } from "./types";

/**
 * 2020 commitments the report words without a plain number, tracked all the same: 只减不增 is
 * growth at or below zero; a thing to build, set up or launch is a milestone (monthly % done).
 * Quotes are verbatim; bureaus and schedules are editable configuration.
 */
export const COMMITMENTS_2020: readonly TSeedIndicator[] = [
  {
    code: "general-expenditure-growth",
    section: "government",
    nameZh: "一般性支出增速",
    nameEn: "Growth of general (administrative) expenditure",
    kind: "growth_rate",
    unit: "%",
    direction: "lower_is_better",
    department: "finance",
    // 只减不增: may fall, may not rise.
    target: { year: 2020, comparator: "<=", value: 0, quote: "确保一般性支出和“三公”经费只减不增", hedge: "guaranteed", basis: "ytd_rate", frequency: "monthly" },
  },
  {
    code: "three-public-expenses-growth",
    section: "government",
    nameZh: "“三公”经费增速",
    nameEn: "Growth of the 'three public expenses' (official travel abroad, receptions, vehicles)",
    kind: "growth_rate",
    unit: "%",
    direction: "lower_is_better",
    department: "finance",
    target: { year: 2020, comparator: "<=", value: 0, quote: "确保一般性支出和“三公”经费只减不增", hedge: "guaranteed", basis: "ytd_rate", frequency: "monthly" },
  },
  {
    code: "night-street-24h",
    section: "services",
    nameZh: "建设四平首个24小时不打烊商业街区",
    nameEn: "Siping's first 24-hour commercial street district built",
    kind: "milestone",
    unit: "%",
    direction: "higher_is_better",
    department: "commerce",
    target: { year: 2020, comparator: "=", quote: "建设四平首个24小时不打烊商业街区", basis: "percent_done", frequency: "monthly", schedule: LINEAR },
  },
  {
    code: "graduate-retention-plan",
    section: "reform",
    nameZh: "启动实施“万名大学生留平计划”",
    nameEn: "'Ten thousand graduates stay in Siping' plan launched",
    kind: "milestone",
    unit: "%",
    direction: "higher_is_better",
    department: "hrss",
    target: { year: 2020, comparator: "=", quote: "启动实施“万名大学生留平计划”", basis: "percent_done", frequency: "monthly", schedule: LINEAR },
  },
  {
    code: "entrepreneurship-college",
    section: "livelihood",
    nameZh: "依托四平职业大学成立创业学院",
    nameEn: "Entrepreneurship college set up at Siping Vocational University",
    kind: "milestone",
    unit: "%",
    direction: "higher_is_better",
    department: "education",
    target: { year: 2020, comparator: "=", quote: "依托四平职业大学成立创业学院", basis: "percent_done", frequency: "monthly", schedule: LINEAR },
  },
];
