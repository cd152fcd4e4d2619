/**
 * The template's columns, in order. The import finds them by header text (any order, a title row
 * above is fine), so a sheet whose columns were moved or hidden still reads; only `code`, `period`
 * and `value` must be there. English headers are accepted for files made by programs.
 */
export const COLUMNS = [
  { key: "code", zh: "指标代码", en: "code", width: 30 },
  { key: "name", zh: "指标名称", en: "name", width: 36 },
  { key: "unit", zh: "分项代码", en: "unit", width: 12 },
  { key: "unitName", zh: "分项名称", en: "unit name", width: 12 },
  { key: "period", zh: "月份", en: "period", width: 10 },
  { key: "basis", zh: "填报口径", en: "basis", width: 30 },
  { key: "entryUnit", zh: "计量单位", en: "entry unit", width: 10 },
  { key: "value", zh: "数值", en: "value", width: 14 },
  { key: "note", zh: "备注（公开）", en: "note", width: 30 },
  { key: "reason", zh: "修改原因", en: "reason", width: 20 },
  { key: "status", zh: "当前状态", en: "status", width: 12 },
  { key: "version", zh: "版本", en: "version", width: 8 },
] as const;

export type TColumnKey = (typeof COLUMNS)[number]["key"];

export const REQUIRED_COLUMNS: readonly TColumnKey[] = ["code", "period", "value"];

/** Columns only shown to the person filling in; their content is not imported. */
export const INFO_COLUMNS: readonly TColumnKey[] = ["name", "unitName", "basis", "status"];

function squash(text: string): string {
  return text.normalize("NFKC").replace(/\s/g, "").replace(/[()（）]/g, "").toLowerCase();
}

const BY_HEADER = new Map<string, TColumnKey>(COLUMNS.flatMap((c) => [[squash(c.zh), c.key], [squash(c.en), c.key]] as [string, TColumnKey][]));
BY_HEADER.set(squash("备注"), "note");

export function columnOfHeader(text: string): TColumnKey | undefined {
  return BY_HEADER.get(squash(text));
}

export function headerOf(key: TColumnKey): string {
  return COLUMNS.find((c) => c.key === key)!.zh;
}

/** Data rows an import takes at most: a bureau has dozens of indicators, a few units each. */
export const MAX_DATA_ROWS = 20_000;
/** Rows above the header that may hold a title. */
export const MAX_TITLE_ROWS = 20;
/** Largest upload (413 beyond); the 5,000-row template is about 200 KB. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** Columns read per row; the template has twelve. */
export const MAX_COLUMNS = 40;
