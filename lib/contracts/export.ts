import { z } from "zod";
import { ZCode, ZPeriod, ZYear } from "./common";
import { ZIndicator } from "./indicators";
import { ZProgressStatus } from "./tracking";

/** `GET /api/v1/export.csv|json?year=2020[&indicator=gdp-growth]`: the whole year, or one indicator. */
export const ZExportQuery = z.object({ year: ZYear.default(2020), indicator: ZCode.optional() }).strict();
export type TExportQuery = z.infer<typeof ZExportQuery>;

/**
 * One published monthly figure (one unit's, for a per-unit target) in the display unit, with the
 * engine's judgement as of its month on published figures only: `expected` is what the schedule
 * expects by then and `status` the status then (the unit's own, for a per-unit target).
 */
export const ZExportFigure = z.object({
  period: ZPeriod,
  /** The unit's code for per-unit targets; null otherwise. */
  unit: z.string().nullable(),
  value: z.number().nullable(),
  note: z.string().nullable(),
  /** When the value shown was approved. */
  publishedAt: z.string(),
  /** When a published value was replaced by a newer published one; null if never revised. */
  revisedAt: z.string().nullable(),
  expected: z.number().nullable(),
  status: ZProgressStatus,
  isDemo: z.boolean(),
});
export type TExportFigure = z.infer<typeof ZExportFigure>;

/** The indicator as judged as of the export's `asOf` (the latest month with a published figure). */
export const ZExportProgress = z.object({
  status: ZProgressStatus,
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  /** The latest month with a figure at or before `asOf`; null when none. */
  period: ZPeriod.nullable(),
});
export type TExportProgress = z.infer<typeof ZExportProgress>;

export const ZExportIndicator = ZIndicator.extend({ progress: ZExportProgress, figures: z.array(ZExportFigure) });
export type TExportIndicator = z.infer<typeof ZExportIndicator>;

/**
 * The open-data export: a pure function of the published data (it is cached and ETagged), so it
 * carries the latest approval time (`publishedAt`, null before any) and no generation time.
 */
export const ZExport = z.object({
  year: z.number().int(),
  /** The month indicators are judged as of: the latest month with a published figure. */
  asOf: ZPeriod,
  publishedAt: z.string().nullable(),
  /** Some figure in the file is synthetic (演示数据). */
  isDemo: z.boolean(),
  indicators: z.array(ZExportIndicator),
});
export type TExport = z.infer<typeof ZExport>;

/**
 * The CSV's columns, in order: `key` is the machine name after the Chinese label in the one header
 * row ("指标代码 code"), and the key the /data page explains each column under.
 */
export const EXPORT_COLUMNS = [
  { key: "code", zh: "指标代码" },
  { key: "name_zh", zh: "指标名称" },
  { key: "name_en", zh: "英文名称" },
  { key: "section_zh", zh: "所属部分" },
  { key: "section_en", zh: "所属部分英文" },
  { key: "lead_bureau_zh", zh: "牵头单位" },
  { key: "lead_bureau_en", zh: "牵头单位英文" },
  { key: "unit", zh: "计量单位" },
  { key: "part", zh: "分项" },
  { key: "part_zh", zh: "分项名称" },
  { key: "period", zh: "月份" },
  { key: "value", zh: "数值" },
  { key: "note", zh: "备注" },
  { key: "published_at", zh: "发布时间" },
  { key: "revised_at", zh: "修订时间" },
  { key: "target_comparator", zh: "目标比较" },
  { key: "target_value", zh: "目标值" },
  { key: "target_min", zh: "目标下限" },
  { key: "target_max", zh: "目标上限" },
  { key: "part_target", zh: "分项目标" },
  { key: "baseline_year", zh: "基数年份" },
  { key: "baseline_value", zh: "基数" },
  { key: "baseline_min", zh: "基数下限" },
  { key: "baseline_max", zh: "基数上限" },
  { key: "baseline_comparable", zh: "基数可比" },
  { key: "expected", zh: "预期进度" },
  { key: "status", zh: "状态代码" },
  { key: "status_zh", zh: "状态" },
  { key: "is_demo", zh: "演示数据" },
] as const;
export type TExportColumnKey = (typeof EXPORT_COLUMNS)[number]["key"];
