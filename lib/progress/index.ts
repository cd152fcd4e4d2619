export type * from "./types";
export { daysInMonth, daysInYear, isLeapYear, periodOf } from "./calendar";
export { ABOUT_TOLERANCE, MET_RULES, goalOf, judgeMet, type TMetResult, type TMetRule, type TMetTest } from "./met-rules";
export { POINT_THRESHOLDS, RATIO_THRESHOLDS, STATUS_ORDER, STATUS_RULES, worstOf, type TStatusRule } from "./status-rules";
export { dueMonths, hasSchedule, shareDue } from "./schedule";
export { evaluateProgress } from "./evaluate";
export { expectedAt, progressPath } from "./path";
