import type { TDepartmentRef, TIndicatorKind, TSectionRef } from "./common";
import type { TFigureStatus } from "./figures";
import type { TBaseline, TTarget } from "./indicators";
import type { TProgressRow } from "./progress";
import type { THedge, TProgressStatus } from "./tracking";

/** One indicator on the leadership dashboard: what it is, how it is going as of the month, and why. */
export interface TDashboardRow {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TIndicatorKind;
  unit: string;
  section: TSectionRef;
  department: TDepartmentRef;
  target: TTarget;
  hedge: THedge | null;
  baseline: TBaseline | null;
  progress: TProgressRow;
  /** The judgement counts a submitted figure not yet approved (preview only). */
  hasPreview: boolean;
  /** The bureau's latest internal explanation at or before the month (leadership only). */
  explanation: { period: string; text: string } | null;
}

export interface TDashboard {
  year: number;
  asOf: string;
  includeSubmitted: boolean;
  /** null: everything (leader, admin); else the official's bureau. */
  scope: TDepartmentRef | null;
  summary: Record<TProgressStatus, number>;
  rows: TDashboardRow[];
}

export type TDueState = "approved" | "submitted" | "missing";

export interface TCompletenessItem {
  code: string;
  nameZh: string;
  nameEn: string;
  /** A per-unit target's unit; null otherwise. */
  unit: { code: string; nameZh: string; nameEn: string } | null;
  state: TDueState;
  /** The stored status of a figure that is not counted (draft, returned), for the reader. */
  figureStatus: TFigureStatus | null;
}

export interface TBureauCompleteness {
  department: TDepartmentRef;
  due: number;
  approved: number;
  submitted: number;
  missing: number;
  items: TCompletenessItem[];
}

export interface TCompleteness {
  period: string;
  bureaus: TBureauCompleteness[];
}

/** A figure of one month on the indicator page, in the display unit. */
export interface TDashboardFigure {
  period: string;
  unit: string | null;
  /** What the judgement uses: the published value, or the submitted one in a preview. */
  value: number | null;
  isPreview: boolean;
  status: TFigureStatus;
  publishedValue: number | null;
  /** A submitted value not counted in this view (no preview): shown beside, never judged. */
  pendingValue: number | null;
  note: string | null;
  explanation: string | null;
}
