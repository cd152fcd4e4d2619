import { describe, expect, it } from "vitest";
import type { TEntryGrid, TEntryRow } from "../../contracts/entry";
import type { TFigure, TPeriodLock } from "../../contracts/figures";
import { blankRows, cellKind, defaultMonth, expectedVersion, explanationNeeds, inputText, nextCell, optimisticFigure, replaceFigure, submittableCount } from "./grid-shape";

const period = (m: number) => `2020-${String(m).padStart(2, "0")}`;
const fig = (m: number, value: number | null, status: TFigure["status"] = "draft", extra: Partial<TFigure> = {}): TFigure => ({
  ...optimisticFigure(null, { code: "x", unit: null, period: period(m) }, value),
  status,
  version: 1,
  ...extra,
});

function row(code: string, opts: { quarterly?: boolean; figures?: Record<number, TFigure>; status?: TEntryRow["progress"][number]["status"]; basis?: TEntryRow["basis"] } = {}): TEntryRow {
  const due = opts.quarterly ? [3, 6, 9, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return {
    code,
    nameZh: code,
    nameEn: code,
    unitCode: null,
    unitNameZh: null,
    unitNameEn: null,
    kind: opts.basis === "ytd_rate" ? "growth_rate" : "cumulative",
    direction: "higher_is_better",
    basis: opts.basis ?? "ytd_total",
    frequency: opts.quarterly ? "quarterly" : "monthly",
    unit: "个",
    entryUnit: "个",
    entryFactor: 1,
    target: { comparator: ">=", value: 100, min: null, max: null },
    baseline: null,
    dueMonths: due,
    cells: Array.from({ length: 12 }, (_, i) => ({ period: period(i + 1), isDue: due.includes(i + 1), figure: opts.figures?.[i + 1] ?? null })),
    progress: Array.from({ length: 12 }, (_, i) => ({ period: period(i + 1), status: "on_track", actual: null, expected: null, statusWithDrafts: opts.status ?? "on_track" })),
  };
}

const grid = (rows: TEntryRow[], locks: TPeriodLock[] = []): TEntryGrid => ({ year: 2020, department: { code: "d", nameZh: "d", nameEn: "d" }, canEdit: true, rows, locks, isDemo: false });
const lock = (m: number): TPeriodLock => ({ id: 1, period: period(m), department: null, reason: "封账", lockedAt: "2020-12-01T00:00:00Z", unlockedAt: null, unlockReason: null });

describe("cellKind", () => {
  it("tells not due, locked, read-only and editable apart", () => {
    const quarterly = row("gdp", { quarterly: true, figures: { 3: fig(3, 2, "approved") } });
    expect(cellKind(quarterly.cells[4]!, [], true)).toBe("not_due");
    expect(cellKind(quarterly.cells[4]!, [lock(5)], true)).toBe("not_due");
    expect(cellKind(quarterly.cells[5]!, [lock(6)], true)).toBe("locked");
    expect(cellKind(quarterly.cells[5]!, [{ ...lock(6), unlockedAt: "2020-12-02T00:00:00Z" }], true)).toBe("editable");
    expect(cellKind(quarterly.cells[2]!, [], true)).toBe("readonly");
    expect(cellKind(quarterly.cells[5]!, [], false)).toBe("readonly");
    expect(cellKind(quarterly.cells[5]!, [], true)).toBe("editable");
  });
});

describe("month helpers", () => {
  it("opens on the first month still waiting, past approved and locked ones", () => {
    const a = row("a", { figures: { 1: fig(1, 1, "approved"), 2: fig(2, 2, "submitted") } });
    expect(defaultMonth(grid([a]))).toBe(3);
    expect(defaultMonth(grid([a], [lock(3)]))).toBe(4);
    const done = row("b", { quarterly: true, figures: Object.fromEntries([3, 6, 9, 12].map((m) => [m, fig(m, m, "approved")])) });
    expect(defaultMonth(grid([done]))).toBe(12);
  });

  it("finds blank due rows (a zero is not blank) and counts what would be submitted", () => {
    const rows = [row("zero", { figures: { 5: fig(5, 0) } }), row("blank"), row("cleared", { figures: { 5: fig(5, null) } }), row("gdp", { quarterly: true }), row("sent", { figures: { 5: fig(5, 3, "submitted") } })];
    expect(blankRows(grid(rows), period(5)).map((r) => r.code)).toEqual(["blank", "cleared"]);
    expect(blankRows(grid(rows, [lock(5)]), period(5))).toEqual([]);
    expect(submittableCount(grid(rows), period(5))).toBe(1);
  });

  it("asks for explanations when a figure falls, or its indicator is behind, unless one is given", () => {
    const fell = row("fell", { figures: { 4: fig(4, 10, "approved"), 5: fig(5, 8) } });
    const behind = row("behind", { figures: { 5: fig(5, 20) }, status: "behind" });
    const explained = row("explained", { figures: { 5: fig(5, 20, "draft", { explanation: "受疫情影响" }) }, status: "off_track" });
    const fine = row("fine", { figures: { 4: fig(4, 10), 5: fig(5, 12) } });
    const needs = explanationNeeds(grid([fell, behind, explained, fine]), period(5));
    expect(needs.map((n) => [n.row.code, n.warnings, n.isBehind])).toEqual([
      ["fell", ["plausibility.fell"], false],
      ["behind", [], true],
    ]);
  });
});

describe("replaceFigure", () => {
  it("replaces one cell and leaves the rest as they were", () => {
    const g = grid([row("a"), row("b")]);
    const next = replaceFigure(g, { code: "b", unit: null, period: period(2) }, fig(2, 7));
    expect(next.rows[1]!.cells[1]!.figure?.value).toBe(7);
    expect(next.rows[0]).toBe(g.rows[0]);
    expect(next.rows[1]!.cells[0]).toBe(g.rows[1]!.cells[0]);
    expect(g.rows[1]!.cells[1]!.figure).toBeNull();
  });

  it("keeps what is known of a figure in its optimistic draft", () => {
    const current = fig(3, 5, "returned", { version: 4, returnReason: "核对" });
    expect(optimisticFigure(current, { code: "x", unit: null, period: period(3) }, 6)).toMatchObject({ value: 6, status: "draft", version: 4 });
  });
});

describe("nextCell and inputText", () => {
  const all = () => true;
  it("moves with arrows and Enter, stops at the edges and skips cells that take no input", () => {
    const size = { rows: 3, cols: 12 };
    expect(nextCell({ row: 0, col: 4 }, "ArrowDown", size, all)).toEqual({ row: 1, col: 4 });
    expect(nextCell({ row: 0, col: 4 }, "Enter", size, all)).toEqual({ row: 1, col: 4 });
    expect(nextCell({ row: 1, col: 4 }, "ShiftEnter", size, all)).toEqual({ row: 0, col: 4 });
    expect(nextCell({ row: 0, col: 4 }, "ArrowRight", size, all)).toEqual({ row: 0, col: 5 });
    expect(nextCell({ row: 0, col: 0 }, "ArrowLeft", size, all)).toBeNull();
    expect(nextCell({ row: 2, col: 0 }, "ArrowDown", size, all)).toBeNull();
    expect(nextCell({ row: 0, col: 4 }, "ArrowDown", size, (r) => r !== 1)).toEqual({ row: 2, col: 4 });
    expect(nextCell({ row: 0, col: 2 }, "ArrowRight", size, (_r, c) => c % 3 === 2)).toEqual({ row: 0, col: 5 });
  });

  it("shows blank as empty and zero as 0", () => {
    expect(inputText(null)).toBe("");
    expect(inputText(0)).toBe("0");
    expect(inputText(23.6)).toBe("23.6");
  });
});

describe("the version a save sends", () => {
  it("is 0 for an empty cell, the figure's for a stored one, none for one still being saved", () => {
    expect(expectedVersion(null)).toBe(0);
    expect(expectedVersion({ ...optimisticFigure(null, { code: "x", unit: null, period: "2020-05" }, 1), version: 3 })).toBe(3);
    expect(expectedVersion(optimisticFigure(null, { code: "x", unit: null, period: "2020-05" }, 1))).toBeNull();
  });
});
