import type { TSheet } from "./cells";
import { IMPORT_MESSAGES } from "./messages";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { fileError } from "./sheet-rows";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The sheets of an uploaded file, by what the bytes are rather than what the name says: a zip is
 * read as .xlsx, an old binary .xls is refused with advice, text is CSV; anything else (a renamed
 * image or program) is not a spreadsheet.
 */
export async function readSpreadsheet(file: { name: string; bytes: Buffer }): Promise<TSheet[]> {
  const { bytes } = file;
  if (bytes.length === 0) throw fileError(IMPORT_MESSAGES.noRows());
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE2)) throw fileError(IMPORT_MESSAGES.oldExcel());
  if (/\.xlsx$/i.test(file.name)) throw fileError(IMPORT_MESSAGES.notSpreadsheet());
  return readCsv(bytes);
}
