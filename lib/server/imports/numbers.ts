import type { TCell } from "./cells";

/**
 * Numbers as people type them into spreadsheets: stored as text, full-width (１２３，４５６．７),
 * with thousands separators (1,234 or 1，234), a percent sign, spaces. Pure; the caller knows
 * the entry unit, which decides whether a percentage is welcome.
 */
export type TNumberProblem = "number" | "separator" | "percent" | "formula" | "cellError";

export type TParsedNumber = { ok: true; value: number; percent: boolean } | { ok: false; problem: TNumberProblem };

/** Binary noise from spreadsheet arithmetic (0.1 + 0.2) is not a seventh decimal someone typed. */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000]/g;
const MINUS = /^[\u2212\u2012\u2013\uff0d]/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumberText(raw: string): TParsedNumber | null {
  let text = raw.normalize("NFKC").replace(SPACES, "").replace(MINUS, "-");
  if (text === "") return null;
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  if (text.includes(",")) {
    if (!GROUPED.test(text)) return { ok: false, problem: "separator" };
    text = text.replace(/,/g, "");
  }
  if (!PLAIN.test(text)) return { ok: false, problem: "number" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, problem: "number" };
  return { ok: true, value: clean(value), percent };
}

/** Units in which "12%" means the number 12. */
export function isPercentUnit(unit: string): boolean {
  return unit.normalize("NFKC").trim() === "%";
}

export type TValueResult = { ok: true; value: number | null } | { ok: false; problem: TNumberProblem };

/**
 * A value cell in the indicator's entry unit. Blank is no figure (null); 0 is a value. A
 * percentage (typed "12%" or a cell formatted as a percentage holding 0.12) is 12 where the entry
 * unit is %, and refused elsewhere rather than guessed at.
 */
export function normaliseValue(cell: TCell | undefined, entryUnit: string): TValueResult {
  if (!cell) return { ok: true, value: null };
  switch (cell.kind) {
    case "empty":
      return { ok: true, value: null };
    case "formula":
      return { ok: false, problem: "formula" };
    case "error":
      return { ok: false, problem: "cellError" };
    case "date":
      return { ok: false, problem: "number" };
    case "number":
      if (!cell.percent) return { ok: true, value: clean(cell.value) };
      return isPercentUnit(entryUnit) ? { ok: true, value: clean(cell.value * 100) } : { ok: false, problem: "percent" };
    case "text": {
      const parsed = parseNumberText(cell.text);
      if (parsed === null) return { ok: true, value: null };
      if (!parsed.ok) return parsed;
      if (parsed.percent && !isPercentUnit(entryUnit)) return { ok: false, problem: "percent" };
      return { ok: true, value: parsed.value };
    }
  }
}

/** A whole number cell (the version column); null when blank. */
export function normaliseInteger(cell: TCell | undefined): { ok: true; value: number | null } | { ok: false } {
  const result = normaliseValue(cell, "");
  if (!result.ok) return { ok: false };
  if (result.value === null) return { ok: true, value: null };
  return Number.isInteger(result.value) && result.value >= 1 && result.value <= 2_147_483_647 ? { ok: true, value: result.value } : { ok: false };
}
