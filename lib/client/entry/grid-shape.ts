import type { TEntryCell, TEntryGrid, TEntryRow } from "../../contracts/entry";
import type { TFigure, TPeriodLock } from "../../contracts/figures";
import { checkPlausibility, needsExplanation, previousValue, type TPlausibilityWarning } from "../../contracts/plausibility";

/** What a cell of the grid is, before any typing: the states an official must tell apart at a glance. */
export type TCellKind = "not_due" | "locked" | "readonly" | "editable";

export function lockOf(period: string, locks: readonly TPeriodLock[]): TPeriodLock | null {
  return locks.find((l) => l.period === period && l.unlockedAt === null) ?? null;
}

/**
 * Not due (quarterly in May) wins over everything; a locked month says why; an approved figure is
 * changed in the detail panel (it needs a reason), and readers who may not write see values only.
 */
export function cellKind(cell: TEntryCell, locks: readonly TPeriodLock[], canEdit: boolean): TCellKind {
  if (!cell.isDue && cell.figure === null) return "not_due";
  if (lockOf(cell.period, locks)) return "locked";
  if (!canEdit || cell.figure?.status === "approved") return "readonly";
  return "editable";
}

export const rowKey = (row: Pick<TEntryRow, "code" | "unitCode">) => (row.unitCode ? `${row.code}/${row.unitCode}` : row.code);

/** The grid with one figure replaced (after a save), leaving every other row and cell as it was. */
export function replaceFigure(grid: TEntryGrid, at: { code: string; unit: string | null; period: string }, figure: TFigure): TEntryGrid {
  return {
    ...grid,
    rows: grid.rows.map((row) =>
      row.code === at.code && row.unitCode === at.unit ? { ...row, cells: row.cells.map((c) => (c.period === at.period ? { ...c, figure } : c)) } : row,
    ),
  };
}

/** What the cell shows while its save is under way: the typed value as a draft. */
/**
 * The version a save sends: the stored figure's, or 0 when there is none yet (a first write that
 * someone else beats gets 409, never overwrites); null for a figure still being saved (version 0
 * here), whose own save is under way.
 */
export function expectedVersion(figure: TFigure | null): number | null {
  if (figure === null) return 0;
  return figure.version > 0 ? figure.version : null;
}

export function versionField(version: number | null): { version?: number } {
  return version === null ? {} : { version };
}

export function optimisticFigure(current: TFigure | null, at: { code: string; unit: string | null; period: string }, value: number | null): TFigure {
  if (current) return { ...current, value, status: "draft" };
  return {
    code: at.code,
    period: at.period,
    unit: at.unit,
    value,
    note: null,
    explanation: null,
    status: "draft",
    version: 0,
    isDemo: false,
    returnReason: null,
    author: null,
    submittedBy: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    updatedAt: new Date(0).toISOString(),
    published: null,
  };
}

/** The month to open on: the first with a due, open cell still waiting to be submitted; December when all are in. */
export function defaultMonth(grid: TEntryGrid): number {
  for (let m = 1; m <= 12; m += 1) {
    for (const row of grid.rows) {
      const cell = row.cells[m - 1]!;
      if (!cell.isDue || lockOf(cell.period, grid.locks)) continue;
      const status = cell.figure?.status;
      if (status === undefined || status === "draft" || status === "returned") return m;
    }
  }
  return 12;
}

const month = (period: string) => Number(period.slice(5, 7));

/** Rows due in `period` and still blank (no figure, or a draft without a value). */
export function blankRows(grid: TEntryGrid, period: string): TEntryRow[] {
  if (lockOf(period, grid.locks)) return [];
  return grid.rows.filter((row) => {
    const cell = row.cells[month(period) - 1]!;
    return cell.isDue && (cell.figure === null || (cell.figure.value === null && (cell.figure.status === "draft" || cell.figure.status === "returned")));
  });
}

/** Why a value needs an explanation before it is submitted: implausible against its history, or behind schedule. */
export function warningsFor(row: TEntryRow, m: number, value: number): TPlausibilityWarning[] {
  const previous = previousValue(row.cells, m);
  const target = row.target.max ?? row.target.value;
  return checkPlausibility({
    kind: row.kind,
    basis: row.basis,
    direction: row.direction,
    value: value * row.entryFactor,
    previous: previous === null ? null : previous * row.entryFactor,
    baseline: row.baseline,
    target,
  });
}

export interface TExplanationNeed {
  row: TEntryRow;
  warnings: TPlausibilityWarning[];
  isBehind: boolean;
}

/** Figures of the month that will be submitted and still need an explanation (the server asks the same). */
export function explanationNeeds(grid: TEntryGrid, period: string): TExplanationNeed[] {
  const m = month(period);
  return grid.rows.flatMap((row) => {
    const figure = row.cells[m - 1]!.figure;
    if (!figure || figure.value === null || (figure.status !== "draft" && figure.status !== "returned") || figure.explanation) return [];
    const warnings = warningsFor(row, m, figure.value);
    // Judged as the server judges the submission: with the drafts counted.
    const status = row.progress[m - 1]!.statusWithDrafts;
    const isBehind = status === "behind" || status === "off_track";
    return needsExplanation(warnings, status) ? [{ row, warnings, isBehind }] : [];
  });
}

/** Figures the month's submission would hand to review. */
export function submittableCount(grid: TEntryGrid, period: string): number {
  const m = month(period);
  return grid.rows.filter((row) => {
    const f = row.cells[m - 1]!.figure;
    return f !== null && f.value !== null && (f.status === "draft" || f.status === "returned");
  }).length;
}

export type TMoveKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Enter" | "ShiftEnter";

/**
 * The next focusable cell from (row, col) for a key: up and down (Enter, Shift+Enter) move along
 * the month, left and right along the indicator; cells that take no input are skipped. Null at an edge.
 */
export function nextCell(from: { row: number; col: number }, key: TMoveKey, size: { rows: number; cols: number }, isFocusable: (row: number, col: number) => boolean): { row: number; col: number } | null {
  const step = { ArrowUp: [-1, 0], ShiftEnter: [-1, 0], ArrowDown: [1, 0], Enter: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[key];
  let { row, col } = from;
  for (;;) {
    row += step[0]!;
    col += step[1]!;
    if (row < 0 || col < 0 || row >= size.rows || col >= size.cols) return null;
    if (isFocusable(row, col)) return { row, col };
  }
}

/** A stored number as the input shows it: plain digits, no grouping, so it reads back the same. */
export function inputText(value: number | null): string {
  return value === null ? "" : String(value);
}
