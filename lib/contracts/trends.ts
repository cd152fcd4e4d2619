import type { TDepartmentRef, TSectionRef } from "./common";
import type { TProgressStatus } from "./tracking";

/** One indicator's status as of one month (judged on the figures through that month). */
export interface TTrendCell {
  /** "YYYY-MM" */
  period: string;
  status: TProgressStatus;
  /** The judgement counts a submitted, unapproved figure (preview only). */
  isPreview: boolean;
}

export interface TTrendRow {
  code: string;
  nameZh: string;
  nameEn: string;
  section: TSectionRef;
  department: TDepartmentRef;
  /** January through the last month shown, in order. */
  cells: TTrendCell[];
}

/** The leadership trends view: every indicator the reader may see, month by month. */
export interface TTrends {
  year: number;
  /** The last month shown: the one asked for, else the latest with data (as on the overview). */
  asOf: string;
  months: string[];
  includeSubmitted: boolean;
  rows: TTrendRow[];
}
