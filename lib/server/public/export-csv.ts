import { stringify } from "csv-stringify/sync";
import { EXPORT_COLUMNS, type TExport, type TExportColumnKey, type TExportFigure, type TExportIndicator } from "../../contracts/export";
import { STATUS_RULES } from "../../progress";

type TCell = string | number | null;
type TRow = Record<TExportColumnKey, TCell>;
/** The cells a figure (or its absence) fills; the indicator fills the rest. */
type TFigureCells = Pick<TRow, "part" | "part_zh" | "part_target" | "period" | "value" | "note" | "published_at" | "revised_at" | "expected" | "status" | "status_zh" | "is_demo">;

/** "指标代码 code": the Chinese label a reader scans for, then the key a script selects by. */
export const CSV_HEADER = EXPORT_COLUMNS.map((c) => `${c.zh} ${c.key}`);

function indicatorCells(indicator: TExportIndicator): Omit<TRow, keyof TFigureCells> {
  const { target, baseline } = indicator;
  return {
    code: indicator.code,
    name_zh: indicator.nameZh,
    name_en: indicator.nameEn,
    section_zh: indicator.section.nameZh,
    section_en: indicator.section.nameEn,
    lead_bureau_zh: indicator.department.nameZh,
    lead_bureau_en: indicator.department.nameEn,
    unit: indicator.unit,
    target_comparator: target.comparator,
    target_value: target.value,
    target_min: target.min,
    target_max: target.max,
    baseline_year: baseline?.year ?? null,
    baseline_value: baseline?.value ?? null,
    baseline_min: baseline?.min ?? null,
    baseline_max: baseline?.max ?? null,
    baseline_comparable: baseline ? String(baseline.comparable) : null,
  };
}

function figureCells(indicator: TExportIndicator, figure: TExportFigure): TFigureCells {
  const part = figure.unit ? indicator.units?.find((u) => u.code === figure.unit) : undefined;
  return {
    part: figure.unit,
    part_zh: part?.nameZh ?? null,
    part_target: part?.value ?? null,
    period: figure.period,
    value: figure.value,
    note: figure.note,
    published_at: figure.publishedAt,
    revised_at: figure.revisedAt,
    expected: figure.expected,
    status: figure.status,
    status_zh: STATUS_RULES[figure.status].nameZh,
    is_demo: String(figure.isDemo),
  };
}

/** An indicator without a published figure still has its row, so every target is in the file; its status is the one as of `asOf`. */
function emptyCells(indicator: TExportIndicator): TFigureCells {
  const { status, expected } = indicator.progress;
  return {
    part: null,
    part_zh: null,
    part_target: null,
    period: null,
    value: null,
    note: null,
    published_at: null,
    revised_at: null,
    expected,
    status,
    status_zh: STATUS_RULES[status].nameZh,
    is_demo: null,
  };
}

/** The export in long format: one row per indicator × published month (× unit), in the report's order. */
export function exportRows(data: TExport): TCell[][] {
  const rows: TRow[] = [];
  for (const indicator of data.indicators) {
    const base = indicatorCells(indicator);
    if (indicator.figures.length === 0) rows.push({ ...base, ...emptyCells(indicator) });
    for (const figure of indicator.figures) rows.push({ ...base, ...figureCells(indicator, figure) });
  }
  return rows.map((row) => EXPORT_COLUMNS.map((c) => row[c.key]));
}

/**
 * UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends (RFC 4180), cells that
 * would start a formula in a spreadsheet escaped (a negative number stays a number).
 */
export function toCsv(data: TExport): string {
  return stringify([CSV_HEADER, ...exportRows(data)], { bom: true, record_delimiter: "windows", escape_formulas: true });
}

/** `attachment` with an ASCII fallback and the Chinese name as RFC 5987 `filename*`: 四平市2020年目标数据.csv. */
export function exportDisposition({ year, indicator }: { year: number; indicator?: string }, extension: "csv" | "json", type: "attachment" | "inline"): string {
  const name = `四平市${year}年目标数据${indicator ? `-${indicator}` : ""}.${extension}`;
  const ascii = `siping-${year}-targets${indicator ? `-${indicator}` : ""}.${extension}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
