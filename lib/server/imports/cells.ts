/**
 * A spreadsheet as the import reads it, whatever the file was: rows as the program shows them
 * (1-based row numbers), cells by column index (0 = A). Only what a cell holds, never how to
 * compute it: a formula counts by its cached result, or as `formula` when it has none.
 */
export type TCell =
  | { kind: "empty" }
  | { kind: "number"; value: number; /** shown as a percentage (number format with %) */ percent: boolean }
  | { kind: "text"; text: string }
  | { kind: "date"; year: number; month: number; day: number }
  | { kind: "formula" }
  | { kind: "error"; text: string };

export interface TSheetRow {
  row: number;
  cells: TCell[];
}

export interface TSheet {
  name: string;
  rows: TSheetRow[];
}

export const EMPTY: TCell = { kind: "empty" };

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellText(cell: TCell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
      return cell.text.trim();
    case "number":
      return String(cell.value);
    case "date":
      return `${cell.year}-${String(cell.month).padStart(2, "0")}-${String(cell.day).padStart(2, "0")}`;
    case "error":
      return cell.text;
    default:
      return "";
  }
}

export function isBlank(cell: TCell | undefined): boolean {
  return !cell || cell.kind === "empty" || (cell.kind === "text" && cell.text.trim() === "");
}
