import { inflateRawSync } from "node:zlib";
import { fileError } from "./sheet-rows";
import { IMPORT_MESSAGES } from "./messages";
import { MAX_DATA_ROWS, MAX_TITLE_ROWS } from "./layout";

/** Everything an .xlsx may unpack to; a 20,000-row template unpacks to a few MB. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Ratio beyond which a large entry is a decompression bomb rather than repetitive XML (about 10–30). */
const MAX_RATIO = 200;
const MAX_ENTRIES = 5_000;
const ROW_LIMIT = MAX_DATA_ROWS + MAX_TITLE_ROWS + 1;

interface TEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const tooBig = () => fileError(IMPORT_MESSAGES.zipBomb(`${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`));
const notSpreadsheet = () => fileError(IMPORT_MESSAGES.notSpreadsheet());

/** The central directory: names and declared sizes, read without inflating anything. */
function readEntries(zip: Buffer): TEntry[] {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notSpreadsheet();
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  // ZIP64 (over 65,535 entries or 4 GB) is never a template.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) throw tooBig();
  const entries: TEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw notSpreadsheet();
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function countRows(xml: Buffer): number {
  let rows = 0;
  for (let i = xml.indexOf("<row"); i >= 0; i = xml.indexOf("<row", i + 4)) {
    const next = xml[i + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x09 || next === 0x0d) rows += 1;
  }
  return rows;
}

/**
 * Refuses an .xlsx before a spreadsheet library opens it: not a zip, declared sizes beyond the
 * limit or a bomb's compression ratio (checked before inflating anything), an entry that inflates
 * past its declared size (inflated with a hard output limit, so a lying header costs nothing), or
 * a worksheet with more rows than an import takes.
 */
export function assertSafeXlsx(zip: Buffer): void {
  const entries = readEntries(zip);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) throw tooBig();
  for (const e of entries) {
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > e.compressedSize * MAX_RATIO) throw tooBig();
  }
  if (!entries.some((e) => e.name === "[Content_Types].xml") || !entries.some((e) => e.name.startsWith("xl/"))) throw notSpreadsheet();
  for (const e of entries) {
    const data = inflateEntry(zip, e);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && countRows(data) > ROW_LIMIT) throw fileError(IMPORT_MESSAGES.tooManyRows(MAX_DATA_ROWS));
  }
}

function inflateEntry(zip: Buffer, e: TEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw notSpreadsheet();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length !== e.uncompressedSize) throw notSpreadsheet();
    return data;
  }
  if (e.method !== 8) throw notSpreadsheet();
  try {
    // One byte of headroom tells "exactly the declared size" from "more than declared".
    const out = inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 });
    if (out.length > e.uncompressedSize) throw tooBig();
    return out;
  } catch (error) {
    if (error instanceof RangeError) throw tooBig();
    if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("Z_")) throw notSpreadsheet();
    throw error;
  }
}
