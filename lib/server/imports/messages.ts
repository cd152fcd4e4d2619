import type { TLocalizedText } from "../errors";
import type { TNumberProblem } from "./numbers";

/** What an import says about a file or a row, in both languages (Chinese first). */
export const IMPORT_MESSAGES = {
  notSpreadsheet: (): TLocalizedText => ({
    "zh-CN": "文件不是可读取的电子表格：请上传 .xlsx 或 .csv 格式的填报模板",
    en: "The file is not a readable spreadsheet: upload the template as .xlsx or .csv",
  }),
  oldExcel: (): TLocalizedText => ({
    "zh-CN": "这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再上传",
    en: "This is an old Excel (.xls) file: save it as .xlsx in Excel or WPS and upload that",
  }),
  zipBomb: (limit: string): TLocalizedText => ({
    "zh-CN": `文件解压后过大（上限 ${limit}）或压缩比异常，拒绝读取`,
    en: `The file would be too large when unpacked (limit ${limit}) or is compressed suspiciously well; it was not read`,
  }),
  tooManyRows: (limit: number): TLocalizedText => ({
    "zh-CN": `表格行数超过上限（${limit} 行），请只保留本单位本月的数据行`,
    en: `The sheet has more than ${limit} rows; keep only your bureau's rows for the month`,
  }),
  noHeader: (): TLocalizedText => ({
    "zh-CN": "找不到表头：表格前几行中应有“指标代码”“月份”“数值”三列（请使用下载的填报模板）",
    en: "No header found: one of the first rows must name the columns 指标代码 (code), 月份 (period) and 数值 (value); use the downloaded template",
  }),
  missingColumn: (header: string): TLocalizedText => ({ "zh-CN": `缺少“${header}”列`, en: `The column “${header}” is missing` }),
  duplicateColumn: (header: string): TLocalizedText => ({ "zh-CN": `“${header}”列出现了不止一次`, en: `The column “${header}” appears more than once` }),
  noRows: (): TLocalizedText => ({ "zh-CN": "表格中没有数据行", en: "The sheet has no data rows" }),
  rowErrors: (count: number, rows: number): TLocalizedText => ({
    "zh-CN": `文件有 ${count} 处错误（涉及 ${rows} 行），未导入任何数据；请改正后重新上传`,
    en: `The file has ${count} error(s) in ${rows} row(s); nothing was imported. Correct them and upload again`,
  }),
  onlyOfficials: (): TLocalizedText => ({
    "zh-CN": "只有填报员可以导入本单位的数据",
    en: "Only officials can import their bureau's figures",
  }),
  noFile: (): TLocalizedText => ({ "zh-CN": "请选择要上传的文件（字段 file）", en: "Choose a file to upload (field file)" }),
  notMultipart: (): TLocalizedText => ({
    "zh-CN": "请以 multipart/form-data 上传文件（字段 file，可选 dryRun=true）",
    en: "Upload the file as multipart/form-data (field file, optional dryRun=true)",
  }),
  fileTooLarge: (bytes: number): TLocalizedText => ({
    "zh-CN": `文件过大，上限为 ${bytes / 1024 / 1024} MB`,
    en: `The file is too large; the limit is ${bytes / 1024 / 1024} MB`,
  }),
  badFlag: (): TLocalizedText => ({ "zh-CN": "dryRun 只能是 true 或 false", en: "dryRun must be true or false" }),
  badPeriodField: (): TLocalizedText => ({ "zh-CN": "period 应为 YYYY-MM，例如 2020-10", en: "period must be YYYY-MM, e.g. 2020-10" }),
  // Row messages
  code: (): TLocalizedText => ({ "zh-CN": "指标代码为空或格式不对（应为小写字母、数字和连字符，例如 gdp-growth）", en: "The code is blank or malformed (lower-case letters, digits and hyphens, e.g. gdp-growth)" }),
  unitNotWanted: (code: string): TLocalizedText => ({ "zh-CN": `指标 ${code} 不分项填报，请清空“分项代码”`, en: `${code} is not reported per unit: clear the unit code` }),
  unitMissing: (code: string, units: string): TLocalizedText => ({ "zh-CN": `指标 ${code} 按分项填报，请在“分项代码”填写其中之一：${units}`, en: `${code} is reported per unit: write one of ${units} as the unit code` }),
  unitUnknown: (code: string, unit: string, units: string): TLocalizedText => ({ "zh-CN": `指标 ${code} 没有分项 ${unit}（可选：${units}）`, en: `${code} has no unit ${unit} (one of: ${units})` }),
  unitCode: (): TLocalizedText => ({ "zh-CN": "分项代码格式不对（应为小写字母、数字和连字符）", en: "The unit code is malformed (lower-case letters, digits and hyphens)" }),
  unknownCode: (code: string, year: number): TLocalizedText => ({ "zh-CN": `未知的指标代码 ${code}（${year}年没有这个指标）`, en: `Unknown indicator code ${code} (no such indicator in ${year})` }),
  period: (): TLocalizedText => ({ "zh-CN": "月份无法识别，应为 2020-10 或 2020年10月", en: "The month is not recognised; write it as 2020-10" }),
  wrongPeriod: (expected: string, found: string): TLocalizedText => ({
    "zh-CN": `本次导入的是 ${expected} 的数据，此行月份为 ${found}`,
    en: `This import is for ${expected}; this row is for ${found}`,
  }),
  duplicate: (row: number): TLocalizedText => ({ "zh-CN": `与第 ${row} 行重复（同一指标、分项和月份）`, en: `Repeats row ${row} (same indicator, unit and month)` }),
  entryUnit: (typed: string, expected: string): TLocalizedText => ({
    "zh-CN": `计量单位写的是“${typed}”，该指标应按“${expected}”填报`,
    en: `The unit says “${typed}” but this indicator is entered in “${expected}”`,
  }),
  value: (problem: TNumberProblem, entryUnit: string): TLocalizedText => VALUE_TEXT[problem](entryUnit),
  version: (): TLocalizedText => ({ "zh-CN": "版本应为正整数（请保留模板中的原值）", en: "The version must be a positive whole number (keep the template's value)" }),
  tooLong: (header: string, max: number): TLocalizedText => ({ "zh-CN": `“${header}”不能超过 ${max} 个字`, en: `“${header}” may have at most ${max} characters` }),
  changedSince: (): TLocalizedText => ({
    "zh-CN": "下载模板后此数据已被修改，请重新下载模板后再填报",
    en: "This figure changed after the template was downloaded; download the template again",
  }),
};

const VALUE_TEXT: Record<TNumberProblem, (entryUnit: string) => TLocalizedText> = {
  number: () => ({ "zh-CN": "数值不是数字；本月无数据请留空", en: "The value is not a number; leave it blank when there is no figure" }),
  separator: () => ({ "zh-CN": "千位分隔符位置不对（应为 1,234 或 1，234）", en: "The thousands separators are misplaced (write 1,234)" }),
  percent: (unit) => ({ "zh-CN": `该指标按“${unit}”填报，不能填百分数`, en: `This indicator is entered in “${unit}”, not as a percentage` }),
  formula: () => ({ "zh-CN": "单元格是公式但没有保存计算结果；请在表格程序中重新计算并保存，或直接填写数值", en: "The cell holds a formula without a saved result; recalculate and save in your spreadsheet program, or type the number" }),
  cellError: () => ({ "zh-CN": "单元格显示错误值（如 #DIV/0!），请填写数值", en: "The cell shows an error value (such as #DIV/0!); type the number" }),
};
