import ExcelJS from "exceljs";
import { EMPTY, type TCell, type TSheet, type TSheetRow } from "./cells";
import { MAX_COLUMNS } from "./layout";
import { IMPORT_MESSAGES } from "./messages";
import { fileError } from "./sheet-rows";
import { assertSafeXlsx } from "./zip-guard";

type TValue = ExcelJS.CellValue;

/** A number format that shows a percentage: a % outside quoted text and escapes ("0.0%", not "0\"%\""). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
}

function plain(value: TValue, numFmt: string | undefined): TCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return { kind: "number", value, percent: isPercentFormat(numFmt) };
  if (typeof value === "string") return value.trim() === "" ? EMPTY : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "date", year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  if ("error" in value) return { kind: "error", text: String(value.error) };
  if ("richText" in value) return { kind: "text", text: value.richText.map((r) => r.text).join("") };
  if ("formula" in value || "sharedFormula" in value) {
    // Never computed here: the value the spreadsheet program saved, or nothing.
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null ? { kind: "formula" } : plain(result as TValue, numFmt);
  }
  if ("text" in value) return plain(value.text as TValue, numFmt);
  return EMPTY;
}

function toCell(cell: ExcelJS.Cell): TCell {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  return plain(cell.value, cell.numFmt);
}

/** Every worksheet's non-empty rows, after the zip has passed the size and row checks. */
export async function readXlsx(bytes: Buffer): Promise<TSheet[]> {
  assertSafeXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError(IMPORT_MESSAGES.notSpreadsheet());
  }
  return workbook.worksheets.map((sheet) => {
    const rows: TSheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: TCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column <= MAX_COLUMNS) cells[column - 1] = toCell(cell);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? EMPTY) });
    });
    return { name: sheet.name, rows };
  });
}
