import type { TCell } from "./cells";

/**
 * A month as spreadsheets hold it: "2020-10" typed as text, "2020/10", "2020.10", "2020年10月",
 * full-width digits, or a date cell (LibreOffice and Excel turn "2020-10" into 2020-10-01).
 * Returns "YYYY-MM" or null when it is not a month.
 */
export function parsePeriodCell(cell: TCell | undefined): string | null {
  if (!cell) return null;
  if (cell.kind === "date") return format(cell.year, cell.month);
  if (cell.kind !== "text") return null;
  const text = cell.text.normalize("NFKC").replace(/\s/g, "");
  const match = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:月|[-/.]01|[-/.]1)?$/.exec(text);
  if (!match) return null;
  return format(Number(match[1]), Number(match[2]));
}

function format(year: number, month: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}
