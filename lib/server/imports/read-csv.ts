import { parse } from "csv-parse/sync";
import { EMPTY, type TCell, type TSheet } from "./cells";
import { MAX_COLUMNS, MAX_DATA_ROWS, MAX_TITLE_ROWS } from "./layout";
import { IMPORT_MESSAGES } from "./messages";
import { fileError } from "./sheet-rows";

/**
 * The text of a CSV: UTF-8 with or without a BOM, UTF-16 with a BOM, else GBK (GB18030), which is
 * what Excel and WPS on a Chinese Windows write. Node's TextDecoder decodes GBK with its full ICU.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}

/** Comma unless the first line has more tabs or semicolons (a sheet saved as tab-separated text). */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", "\t", ";"].map((d) => [d, line.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function readCsv(bytes: Uint8Array): TSheet[] {
  const text = decodeCsv(bytes);
  // A text file with NUL characters is a binary file renamed, not a CSV.
  if (text.includes("\u0000") || text.includes("\ufffd\ufffd\ufffd")) throw fileError(IMPORT_MESSAGES.notSpreadsheet());
  const limit = MAX_DATA_ROWS + MAX_TITLE_ROWS + 1;
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to_line: limit + 1 }) as string[][];
  } catch {
    throw fileError(IMPORT_MESSAGES.notSpreadsheet());
  }
  if (records.length > limit) throw fileError(IMPORT_MESSAGES.tooManyRows(MAX_DATA_ROWS));
  const rows = records.map((record, index) => ({
    row: index + 1,
    cells: record.slice(0, MAX_COLUMNS).map((value): TCell => (value.trim() === "" ? EMPTY : { kind: "text", text: value })),
  }));
  return [{ name: "csv", rows }];
}
