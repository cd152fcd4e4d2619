import ExcelJS from "exceljs";
import { fromPeriod } from "../db/mappers";
import { COLUMNS, MAX_DATA_ROWS, MAX_UPLOAD_BYTES } from "./layout";
import type { TTemplate, TTemplateRow } from "./template-data";

const STATUS_ZH = { draft: "草稿", submitted: "已提交", approved: "已审核通过", returned: "已退回" } as const;
const INFO_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } };
const INPUT_COLUMNS = new Set(["value", "note", "reason"]);

export const DATA_SHEET = "填报";
export const INSTRUCTIONS_SHEET = "填写说明";
/** Row 1 is the title, row 2 the header: the first data row is row 3. */
export const HEADER_ROW = 2;

function values(row: TTemplateRow, period: string): Record<(typeof COLUMNS)[number]["key"], string | number | null> {
  return {
    code: row.code,
    name: row.nameZh,
    unit: row.unitCode,
    unitName: row.unitNameZh,
    period,
    basis: row.basisText,
    entryUnit: row.entryUnit,
    value: row.value,
    note: row.note,
    reason: null,
    status: row.status ? STATUS_ZH[row.status] : "未填报",
    version: row.version,
  };
}

function instructions(template: TTemplate): string[] {
  const { month } = fromPeriod(template.period);
  return [
    `${template.department.nameZh} ${template.period} 数据填报模板 · 填写说明`,
    "",
    "一、填什么",
    "1. 每行是本单位一个指标（分项目标按分项各占一行）在本月的数值，只填黄色的“数值”“备注（公开）”“修改原因”三列；灰色列仅供参考，改动不会被导入。",
    "2. “数值”按“计量单位”列的单位填写，例如计量单位为“人”时填 520，不要换算成万人；为“%”时填 5.2 表示 5.2%（也可以填 5.2% 或使用百分比格式）。",
    `3. “填报口径”说明本月这一格是什么：“1—${month}月累计”填年初至本月末的累计数；“${month}月当月”只填本月发生数；“累计增速”填年初至本月的累计同比增速；“月末数值”填本月末的数；“月均值”填本月平均；“天数”填本月天数；“完成进度”填 0—100。`,
    "4. 标为“本月不需填报”的行（季度指标只在 3、6、9、12 月填报，年度指标只在 1 月填报）请保持空白。",
    "",
    "二、空白与 0",
    "5. “数值”留空表示本月没有数据：原来没有数值的保持没有；原来有数值而被清空的，导入后该月数值被清除（与接口 value 为 null 相同）。0 是一个数值，表示本月为零。",
    "6. “备注（公开）”留空表示没有备注：原有备注会被清除。备注在审核通过后向公众公开，最多 500 字。",
    "7. 数值与备注都和模板下载时相同的行不会被写入，也不产生记录。",
    "",
    "三、审核与版本",
    "8. “当前状态”为“已审核通过”的数据如需修改，必须填写“修改原因”；修改后的数值在重新审核通过前，公众看到的仍是原数值。",
    "9. 请不要改动“版本”列：如果下载模板后有人修改了同一数据，导入会提示重新下载模板，以免覆盖他人的修改。",
    "10. 导入后数据为“草稿”，仍需在系统中提交审核。已锁定的月份不能导入。",
    "",
    "四、文件",
    `11. 可上传本模板（.xlsx，Excel、WPS、LibreOffice 保存均可）或另存的 .csv（UTF-8 或 GBK 编码）；文件不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB、${MAX_DATA_ROWS} 行。`,
    "12. 可以删除不填的行、调整列宽或列的顺序，但不要修改表头文字；表头上方可以保留标题行。",
    "13. 公式单元格按保存时的计算结果导入；没有保存结果的公式会被拒绝，系统不会计算公式。",
    "14. 先用“预览”检查：预览与正式导入使用同一套校验，列出将要修改的每一行或每一处错误（行号与表格中显示的一致）。有任何错误时不会导入任何数据。",
  ];
}

/** The bureau's template for a month: a data sheet (title, header, one row per indicator × unit) and an instructions sheet. */
export async function buildTemplate(template: TTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "四平市政府工作报告目标追踪";
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const { year, month } = fromPeriod(template.period);
  sheet.getCell(1, 1).value = `${template.department.nameZh} ${year}年${month}月 数据填报（请先阅读“${INSTRUCTIONS_SHEET}”）`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.zh;
    cell.font = { bold: true };
    cell.fill = INPUT_COLUMNS.has(c.key) ? INPUT_FILL : INFO_FILL;
    cell.border = { bottom: { style: "thin" } };
  });
  for (const row of template.rows) {
    const added = sheet.addRow(values(row, template.period));
    COLUMNS.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (!INPUT_COLUMNS.has(c.key)) cell.fill = INFO_FILL;
      if (c.key === "period" || c.key === "code" || c.key === "unit") cell.numFmt = "@";
    });
    if (!row.due) added.font = { color: { argb: "FF777777" } };
  }
  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 120;
  instructions(template).forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0 || /^[一二三四]、/.test(line)) cell.font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `attachment` with an ASCII fallback and the Chinese name in RFC 5987 form (filename*=UTF-8''…). */
export function templateDisposition(template: TTemplate): string {
  const { year, month } = fromPeriod(template.period);
  const name = `${template.department.nameZh}-${year}年${month}月-数据填报模板.xlsx`;
  const ascii = `siping-${template.department.code}-${template.period}.xlsx`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
