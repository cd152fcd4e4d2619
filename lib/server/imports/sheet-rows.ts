import { NOTE_MAX, REASON_MAX } from "../../contracts/figures";
import { AppError, type TLocalizedText } from "../errors";
import { cellText, columnLetter, isBlank, type TCell, type TSheet, type TSheetRow } from "./cells";
import { COLUMNS, columnOfHeader, headerOf, INFO_COLUMNS, MAX_DATA_ROWS, MAX_TITLE_ROWS, REQUIRED_COLUMNS, type TColumnKey } from "./layout";
import { IMPORT_MESSAGES } from "./messages";
import { normaliseInteger } from "./numbers";
import { parsePeriodCell } from "./period";

/** One data row of the template, read but not yet judged against the database. */
export interface TImportRow {
  row: number;
  /** null when malformed (already reported): the row is then not checked further. */
  code: string | null;
  /** The per-unit target's unit code; undefined when blank. */
  unit: string | undefined;
  /** null when not a month (already reported). */
  period: string | null;
  valueCell: TCell | undefined;
  /** What the row says its unit is, when it says anything. */
  entryUnitText: string | undefined;
  /** undefined without a note column (notes untouched); null when blank (the note is cleared). */
  note: string | null | undefined;
  reason: string | undefined;
  version: number | undefined;
}

export interface TRowError {
  row: number;
  /** Column letter as the spreadsheet shows it; null for a problem of the whole row. */
  column: string | null;
  message: TLocalizedText;
}

export interface TExtracted {
  sheet: string;
  rows: TImportRow[];
  errors: TRowError[];
  /** Where each column is, by key, to name columns in later errors. */
  columns: Partial<Record<TColumnKey, number>>;
}

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function fileError(text: TLocalizedText): AppError {
  return new AppError("INVALID", text, { details: { rows: [] } });
}

/** The header row's columns, or null when this row is not the header. */
function readHeader(row: TSheetRow): Partial<Record<TColumnKey, number>> | null {
  const columns: Partial<Record<TColumnKey, number>> = {};
  row.cells.forEach((cell, index) => {
    const key = cell.kind === "text" ? columnOfHeader(cell.text) : undefined;
    if (!key) return;
    if (columns[key] !== undefined) throw fileError(IMPORT_MESSAGES.duplicateColumn(headerOf(key)));
    columns[key] = index;
  });
  return REQUIRED_COLUMNS.every((k) => columns[k] !== undefined) ? columns : null;
}

function findHeader(sheet: TSheet): { index: number; columns: Partial<Record<TColumnKey, number>> } | null {
  for (let i = 0; i < Math.min(sheet.rows.length, MAX_TITLE_ROWS + 1); i += 1) {
    const columns = readHeader(sheet.rows[i]!);
    if (columns) return { index: i, columns };
  }
  return null;
}

/** The first sheet with the template's header (the instructions sheet has none). */
export function extractRows(sheets: TSheet[]): TExtracted {
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (header) return extractFrom(sheet, header.index, header.columns);
  }
  throw fileError(IMPORT_MESSAGES.noHeader());
}

function extractFrom(sheet: TSheet, headerIndex: number, columns: Partial<Record<TColumnKey, number>>): TExtracted {
  const rows: TImportRow[] = [];
  const errors: TRowError[] = [];
  const imported = COLUMNS.map((c) => c.key).filter((k) => !INFO_COLUMNS.includes(k) && columns[k] !== undefined);
  const dataRows = sheet.rows.slice(headerIndex + 1).filter((r) => imported.some((k) => !isBlank(r.cells[columns[k]!])));
  if (dataRows.length > MAX_DATA_ROWS) throw fileError(IMPORT_MESSAGES.tooManyRows(MAX_DATA_ROWS));
  for (const sheetRow of dataRows) {
    const read = readRow(sheetRow, columns);
    errors.push(...read.errors);
    rows.push(read.row);
  }
  return { sheet: sheet.name, rows, errors, columns };
}

/** The row's fields and the problems of their form; a row with problems is still checked as far as it can be. */
function readRow(sheetRow: TSheetRow, columns: Partial<Record<TColumnKey, number>>): { row: TImportRow; errors: TRowError[] } {
  const errors: TRowError[] = [];
  const cell = (key: TColumnKey) => (columns[key] === undefined ? undefined : sheetRow.cells[columns[key]]);
  const fail = (key: TColumnKey, message: TLocalizedText) => errors.push({ row: sheetRow.row, column: columnLetter(columns[key]!), message });
  const text = (key: TColumnKey) => cellText(cell(key)).normalize("NFKC").trim();
  const code = text("code");
  if (!CODE.test(code)) fail("code", IMPORT_MESSAGES.code());
  const unit = text("unit") || undefined;
  if (unit !== undefined && !CODE.test(unit)) fail("unit", IMPORT_MESSAGES.unitCode());
  const period = parsePeriodCell(cell("period"));
  if (period === null) fail("period", IMPORT_MESSAGES.period());
  const version = normaliseInteger(cell("version"));
  if (!version.ok) fail("version", IMPORT_MESSAGES.version());
  const note = columns.note === undefined ? undefined : cellText(cell("note")) || null;
  if (note && note.length > NOTE_MAX) fail("note", IMPORT_MESSAGES.tooLong(headerOf("note"), NOTE_MAX));
  const reason = cellText(cell("reason")) || undefined;
  if (reason && reason.length > REASON_MAX) fail("reason", IMPORT_MESSAGES.tooLong(headerOf("reason"), REASON_MAX));
  return {
    errors,
    row: {
      row: sheetRow.row,
      code: CODE.test(code) && (unit === undefined || CODE.test(unit)) ? code : null,
      unit,
      period,
      valueCell: cell("value"),
      entryUnitText: text("entryUnit") || undefined,
      note,
      reason,
      version: version.ok ? (version.value ?? undefined) : undefined,
    },
  };
}
