import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as importRoute } from "@/app/api/v1/imports/route";
import { GET as templateRoute } from "@/app/api/v1/imports/template/route";
import { ZImportErrorBody, ZImportResult } from "@/lib/contracts/imports";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { readXlsx } from "@/lib/server/imports/read-xlsx";
import { extractRows } from "@/lib/server/imports/sheet-rows";
import { countAuditRows, snapshotWrites, tokenHeaders } from "../support/accounts";
import { buildZip, fixture, upload, xlsxWith } from "../support/imports";
import { callRoute } from "../support/request";
import { REPORT } from "@/seed/report";

/**
 * The spreadsheet round trip against the real database: the template, imports of files saved by
 * LibreOffice and of GBK and UTF-8 CSVs, dry run and real run alike, every row error at once and
 * nothing written on any error. Agriculture is no other test file's bureau; transport's
 * per-district target is used only here.
 */
const AGRICULTURE = ["high-standard-farmland", "conservation-tillage", "livestock-manure-centres", "fertilizer-use-growth", "pesticide-use-growth"];
let agri: Record<string, string>;
let transport: Record<string, string>;
let ecology: Record<string, string>;
let leader: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const token = (login: string, role: "official" | "leader" | "admin", department?: string) => tokenHeaders(db, login, role, department);
  agri = await token("imp-agri", "official", "agriculture");
  transport = await token("imp-transport", "official", "transport");
  ecology = await token("imp-ecology", "official", "ecology");
  leader = await token("imp-leader", "leader");
  admin = await token("imp-admin", "admin");
});
afterAll(disconnectDb);

const template = (headers: Record<string, string>, query: string) => callTemplate(headers, `/api/v1/imports/template?${query}`);

async function callTemplate(headers: Record<string, string>, url: string) {
  const request = new Request(new URL(url, "http://localhost"), { headers });
  const response = await templateRoute(request, { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * What a refused import must leave as it was: the figures, history and audit rows of these
 * indicators and the locks of months no other test file locks (figures-write locks 2020-07 for
 * everyone, milestones-write 2020-06). high-standard-farmland's figures are left out because
 * api-progress creates and deletes one of them meanwhile; its revision and audit rows are counted.
 */
const WATCHED = [...AGRICULTURE.filter((c) => c !== "high-standard-farmland"), "rural-scenic-byway-per-district"];
const scope = (codes = WATCHED, periods = ["2020-04", "2020-05", "2020-10", "2020-11", "2020-12"]) => ({ codes, periods });

async function snapshot(extra: string[] = []): Promise<string> {
  const trail = await getDb().auditLog.count({ where: { entityId: { startsWith: "high-standard-farmland/" } } });
  const revisions = await getDb().figureRevision.count({ where: { figure: { indicator: { code: "high-standard-farmland" } } } });
  return `${await snapshotWrites(getDb(), scope([...WATCHED, ...extra]))}/${trail}/${revisions}`;
}

async function working(code: string, period: string, unit?: string) {
  const [year, month] = period.split("-").map(Number);
  return getDb().figure.findFirst({
    where: { year, month, indicator: { code }, ...(unit ? { unit: { code: unit } } : { unitId: null }) },
    select: { value: true, note: true, status: true, version: true, publishedValue: true },
  });
}

describe("GET /api/v1/imports/template", () => {
  it("gives an official their bureau's month as .xlsx: Chinese headers, one row per indicator with its entry unit, basis and working value, and the instructions", async () => {
    const res = await template(agri, "department=agriculture&period=2020-10");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toContain('filename="siping-agriculture-2020-10.xlsx"');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent("市农业农村局-2020年10月-数据填报模板.xlsx")}`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const sheets = await readXlsx(res.bytes);
    expect(sheets.map((s) => s.name)).toEqual(["填报", "填写说明"]);
    const header = sheets[0]!.rows.find((r) => r.row === 2)!;
    expect(header.cells.map((c) => (c.kind === "text" ? c.text : ""))).toEqual(["指标代码", "指标名称", "分项代码", "分项名称", "月份", "填报口径", "计量单位", "数值", "备注（公开）", "修改原因", "当前状态", "版本"]);
    const { rows } = extractRows(sheets);
    expect(rows.map((r) => r.code)).toEqual(AGRICULTURE);
    const farmland = sheets[0]!.rows.find((r) => r.row === 3)!.cells;
    expect(farmland[5]).toEqual({ kind: "text", text: "1—10月累计" });
    expect(farmland[6]).toEqual({ kind: "text", text: "万亩" });
    for (const row of rows) {
      const stored = await working(row.code!, "2020-10");
      const cell = row.valueCell;
      expect(cell?.kind === "number" ? cell.value : null).toBe(stored?.value?.toNumber() ?? null);
      expect(row.version).toBe(stored?.version);
    }
    const instructions = sheets[1]!.rows.map((r) => (r.cells[0]?.kind === "text" ? r.cells[0].text : "")).join("\n");
    expect(instructions).toMatch(/留空表示本月没有数据/);
    expect(instructions).toMatch(/0 是一个数值/);
    expect(instructions).toMatch(/季度指标只在 3、6、9、12 月填报/);
  });

  it("has a row per unit for per-unit targets and marks quarterly indicators not due", async () => {
    const per = extractRows(await readXlsx((await template(transport, "department=transport&period=2020-12")).bytes)).rows;
    expect(per.map((r) => `${r.code}/${r.unit}`)).toEqual([
      "rural-scenic-byway-per-county/lishu",
      "rural-scenic-byway-per-county/yitong",
      "rural-scenic-byway-per-county/shuangliao",
      "rural-scenic-byway-per-district/tiexi",
      "rural-scenic-byway-per-district/tiedong",
    ]);
    const stats = await readXlsx((await template(leader, "department=stats&period=2020-10")).bytes);
    const gdp = stats[0]!.rows.find((r) => r.cells[0]?.kind === "text" && r.cells[0].text === "gdp-growth")!;
    expect(gdp.cells[5]).toEqual({ kind: "text", text: "本月不需填报（季度指标，3、6、9、12月填报）" });
  });

  it("lets leaders and admins download any bureau's, refuses an official another bureau's (403), an unknown bureau (404), no credentials (401), a bad month (400)", async () => {
    expect((await template(leader, "department=agriculture&period=2020-10")).status).toBe(200);
    expect((await template(admin, "department=ecology&period=2020-10")).status).toBe(200);
    const other = await template(ecology, "department=agriculture&period=2020-10");
    expect(other.status).toBe(403);
    expect(JSON.parse(other.bytes.toString())).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/只能下载本单位/) } });
    expect((await template(agri, "department=nowhere&period=2020-10")).status).toBe(404);
    expect((await template({}, "department=agriculture&period=2020-10")).status).toBe(401);
    const bad = await template({ ...agri, "accept-language": "en" }, "department=agriculture&period=2020-13");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.bytes.toString())).toMatchObject({ error: { issues: [{ path: "query.period", message: expect.stringMatching(/YYYY-MM/) }] } });
  });

  it("imports back unchanged as no write at all", async () => {
    const before = await snapshot();
    const res = await upload(agri, { name: "模板.xlsx", bytes: (await template(agri, "department=agriculture&period=2020-10")).bytes });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ applied: 0, dryRun: false, changes: [] });
    expect(await snapshot()).toBe(before);
  });
});

/** A change as the import answers it: the indicator's (and unit's) names from the report beside its code. */
function change(c: { row: number; code: string; unit: string | null; period: string; old: number | null; new: number | null; oldNote: string | null; newNote: string | null }) {
  const indicator = REPORT.indicators.find((i) => i.code === c.code && i.target.year === 2020)!;
  const unit = indicator.target.units?.find((u) => u.code === c.unit);
  return { ...c, nameZh: indicator.nameZh, nameEn: indicator.nameEn, unitNameZh: unit?.nameZh ?? null, unitNameEn: unit?.nameEn ?? null };
}

describe("POST /api/v1/imports", () => {
  const libreOffice = { name: "agriculture-2020-11-libreoffice.xlsx", bytes: fixture("agriculture-2020-11-libreoffice.xlsx") };
  const expectedChanges = [
    change({ row: 3, code: "high-standard-farmland", unit: null, period: "2020-11", old: null, new: 28.5, oldNote: null, newNote: "含2019年结转项目" }),
    change({ row: 4, code: "conservation-tillage", unit: null, period: "2020-11", old: null, new: 1285.6, oldNote: null, newNote: null }),
    change({ row: 5, code: "livestock-manure-centres", unit: null, period: "2020-11", old: null, new: 0, oldNote: null, newNote: null }),
    change({ row: 6, code: "fertilizer-use-growth", unit: null, period: "2020-11", old: null, new: -1.2, oldNote: null, newNote: null }),
    change({ row: 7, code: "pesticide-use-growth", unit: null, period: "2020-11", old: null, new: -1, oldNote: null, newNote: null }),
  ];

  it("dry-runs a file saved by LibreOffice (title row, full-width and grouped text numbers, 0, a percent-formatted cell, a formula's saved result, trailing blank rows): the changes, nothing written", async () => {
    const before = await snapshot();
    const res = await upload(agri, libreOffice, { dryRun: "true", period: "2020-11" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(ZImportResult.parse(res.body)).toEqual({ applied: 0, dryRun: true, changes: expectedChanges });
    expect(await snapshot()).toBe(before);
    expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  });

  it("applies the same file with the same changes, through the write path: drafts, revision rows, audit rows noting the import", async () => {
    const res = await upload(agri, libreOffice);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ applied: 5, dryRun: false, changes: expectedChanges });
    const farmland = await working("high-standard-farmland", "2020-11");
    expect(farmland).toMatchObject({ note: "含2019年结转项目", status: "draft", version: 1, publishedValue: null });
    expect(farmland?.value?.toString()).toBe("28.5");
    expect((await working("fertilizer-use-growth", "2020-11"))?.value?.toString()).toBe("-1.2");
    const requestId = res.headers.get("x-request-id");
    const audit = await getDb().auditLog.findMany({ where: { requestId }, select: { action: true, entityId: true, sessionId: true, tokenId: true, after: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual(AGRICULTURE.map((c) => ["figure.import", `${c}/2020-11`]));
    expect(audit[0]).toMatchObject({ sessionId: null, tokenId: expect.any(Number), after: { value: 28.5, status: "draft", importFile: libreOffice.name, importRow: 3 } });
    const revisions = await getDb().figureRevision.count({ where: { figure: { year: 2020, month: 11, indicator: { code: { in: AGRICULTURE } } }, action: "put" } });
    expect(revisions).toBe(5);
    // A second run finds nothing to change.
    expect((await upload(agri, libreOffice)).body).toEqual({ applied: 0, dryRun: false, changes: [] });
  });

  it("reads a GBK CSV (Excel and WPS on Chinese Windows) revising the month: 年月 month, full-width digits and comma, -1.5%, 0 left as it was, a blank that clears", async () => {
    const file = { name: "农业农村局.csv", bytes: fixture("agriculture-2020-11-gbk.csv") };
    const dry = await upload(agri, file, { dryRun: "true" });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    const real = await upload(agri, file);
    expect(real.body).toEqual({ ...(dry.body as object), applied: 4, dryRun: false });
    expect((real.body as { changes: unknown[] }).changes).toEqual([
      change({ row: 3, code: "high-standard-farmland", unit: null, period: "2020-11", old: 28.5, new: 30.2, oldNote: "含2019年结转项目", newNote: "全年任务完成" }),
      change({ row: 4, code: "conservation-tillage", unit: null, period: "2020-11", old: 1285.6, new: 1301, oldNote: null, newNote: null }),
      change({ row: 6, code: "fertilizer-use-growth", unit: null, period: "2020-11", old: -1.2, new: -1.5, oldNote: null, newNote: null }),
      change({ row: 7, code: "pesticide-use-growth", unit: null, period: "2020-11", old: -1, new: null, oldNote: null, newNote: null }),
    ]);
    expect(await working("pesticide-use-growth", "2020-11")).toMatchObject({ value: null, version: 2 });
    expect(await working("livestock-manure-centres", "2020-11")).toMatchObject({ version: 1 });
  });

  it("reads a UTF-8 CSV with a BOM with one row per unit of a per-unit target", async () => {
    const res = await upload(transport, { name: "transport.csv", bytes: fixture("transport-2020-12-utf8-bom.csv") });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { changes: unknown[] }).changes).toEqual([
      change({ row: 2, code: "rural-scenic-byway-per-district", unit: "tiexi", period: "2020-12", old: null, new: 48.5, oldNote: null, newNote: null }),
      change({ row: 3, code: "rural-scenic-byway-per-district", unit: "tiedong", period: "2020-12", old: null, new: 52, oldNote: null, newNote: "提前完成" }),
    ]);
    expect((await working("rural-scenic-byway-per-district", "2020-12", "tiedong"))?.value?.toString()).toBe("52");
  });

  it("lists every error of every row, the same in a dry run, in Chinese or English, and writes nothing", async () => {
    const file = { name: "errors.csv", bytes: fixture("errors.csv") };
    const before = await snapshot();
    const res = await upload(agri, file);
    expect(res.status).toBe(400);
    const body = ZImportErrorBody.parse(res.body);
    expect(body.error.code).toBe("INVALID");
    expect(body.error.message).toBe("文件有 11 处错误（涉及 9 行），未导入任何数据；请改正后重新上传");
    expect(body.error.rows.map((r) => [r.row, r.column])).toEqual([
      [2, "E"],
      [3, "A"],
      [4, "C"],
      [5, "C"],
      [6, "D"],
      [6, "E"],
      [6, "G"],
      [7, null],
      [8, "E"],
      [9, "B"],
      [10, "A"],
    ]);
    const messages = body.error.rows.map((r) => r.message);
    expect(messages[0]).toMatch(/不是数字/);
    expect(messages[1]).toMatch(/未知的指标代码 no-such-indicator/);
    expect(messages[3]).toMatch(/本次导入的是 2020-12 的数据，此行月份为 2020-11/);
    expect(messages[4]).toMatch(/应按“个”填报/);
    expect(messages[5]).toMatch(/不能为负数/);
    expect(messages[7]).toMatch(/与第 2 行重复/);
    expect(messages[9]).toBe("指标 pesticide-use-growth 不分项填报，请清空“分项代码”");
    const dry = await upload(agri, file, { dryRun: "true" });
    expect(ZImportErrorBody.parse(dry.body).error.rows).toEqual(body.error.rows);
    const en = ZImportErrorBody.parse((await upload({ ...agri, "accept-language": "en" }, file)).body);
    expect(en.error.message).toMatch(/^The file has 11 error\(s\) in 9 row\(s\); nothing was imported/);
    expect(en.error.rows[1]!.message).toMatch(/Unknown indicator code no-such-indicator/);
    expect(await snapshot()).toBe(before);
    expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  });

  it("refuses rows of another bureau row by row, and leaders and admins altogether (403); nothing written", async () => {
    const before = await snapshot(["gdp-growth", "pm25-mean"]);
    const res = await upload(agri, { name: "other-bureau.csv", bytes: fixture("other-bureau.csv") });
    expect(res.status).toBe(400);
    expect(ZImportErrorBody.parse(res.body).error.rows).toEqual([
      { row: 3, column: "A", message: "该指标由市统计局填报，您只能填报本单位的指标" },
      { row: 4, column: "A", message: "该指标由市生态环境局填报，您只能填报本单位的指标" },
    ]);
    const wholeFile = await upload(ecology, libreOffice);
    expect(ZImportErrorBody.parse(wholeFile.body).error.rows).toHaveLength(5);
    for (const headers of [leader, admin]) {
      const refused = await upload(headers, libreOffice);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: "FORBIDDEN", message: "只有填报员可以导入本单位的数据" } });
    }
    expect((await upload({}, libreOffice)).status).toBe(401);
    expect(await snapshot(["gdp-growth", "pm25-mean"])).toBe(before);
  });

  it("turns a locked month, a changed approved figure without a reason and a stale version into row errors; with a reason the published value stays", async () => {
    const db = getDb();
    const adminUser = await db.user.findUniqueOrThrow({ where: { login: "imp-admin" }, select: { id: true } });
    const { lockPeriod } = await import("@/lib/server/periods/locks");
    await lockPeriod(db, { period: "2020-05", department: "agriculture", reason: "年中考核", actor: { userId: adminUser.id, login: "imp-admin", displayName: "", role: "admin", departmentId: null, sessionId: null, tokenId: null, mustChangePassword: false }, requestId: "imp-lock" });
    const csv = (period: string, value: number, reason = "") =>
      ({ name: `${period}.csv`, bytes: Buffer.from(`指标代码,月份,数值,修改原因\nlivestock-manure-centres,${period},${value},${reason}\n`) });
    const before = await snapshot();
    const locked = await upload(agri, csv("2020-05", 99, "更正"));
    expect(ZImportErrorBody.parse(locked.body).error.rows).toEqual([{ row: 2, column: "C", message: expect.stringMatching(/^2020年5月（市农业农村局）已锁定，不能修改：年中考核/) }]);
    const noReason = await upload(agri, csv("2020-04", 77));
    expect(ZImportErrorBody.parse(noReason.body).error.rows).toEqual([{ row: 2, column: "D", message: expect.stringMatching(/修改须填写原因/) }]);
    expect(await snapshot()).toBe(before);
    const published = (await working("livestock-manure-centres", "2020-04"))!.publishedValue!.toString();
    const withReason = await upload(agri, csv("2020-04", 77, "核实后更正"));
    expect(withReason.status, JSON.stringify(withReason.body)).toBe(200);
    const after = await working("livestock-manure-centres", "2020-04");
    expect(after).toMatchObject({ status: "draft" });
    expect(after?.value?.toString()).toBe("77");
    expect(after?.publishedValue?.toString()).toBe(published);
    const audit = await db.auditLog.findFirstOrThrow({ where: { requestId: withReason.headers.get("x-request-id") }, select: { reason: true } });
    expect(audit.reason).toBe("核实后更正");

    // A template downloaded before someone else's write does not overwrite it.
    const stale = (await template(agri, "department=agriculture&period=2020-10")).bytes;
    const put = await callRoute(putRoute, "/api/v1/figures/conservation-tillage/2020-10", { method: "PUT", params: { code: "conservation-tillage", period: "2020-10" }, headers: agri, body: { value: 250 } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(stale as unknown as ExcelJS.Buffer);
    workbook.getWorksheet("填报")!.getCell("H4").value = 260;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const conflict = await upload(agri, { name: "stale.xlsx", bytes: edited });
    expect(ZImportErrorBody.parse(conflict.body).error.rows).toEqual([{ row: 4, column: "L", message: "下载模板后此数据已被修改，请重新下载模板后再填报" }]);
    expect((await working("conservation-tillage", "2020-10"))?.value?.toString()).toBe("250");
  });
});

/** Files an import must refuse before reading them as figures; the bombs and the million rows are made here rather than committed. */
async function refused(file: { name: string; bytes: Uint8Array }, status: number, zh: RegExp, en?: RegExp) {
  const before = await snapshot();
  const res = await upload(agri, file);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ error: { message: expect.stringMatching(zh) } });
  if (en) expect((await upload({ ...agri, "accept-language": "en" }, file)).body).toMatchObject({ error: { message: expect.stringMatching(en) } });
  expect(await snapshot()).toBe(before);
  expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  return res;
}

const rowsXml = (count: number) => {
  const parts = ['<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= count; r += 1) parts.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""));
};

describe("files an import refuses", () => {
  it("a renamed binary, as .xlsx or as .csv", async () => {
    await refused({ name: "截图.xlsx", bytes: fixture("renamed-binary.xlsx") }, 400, /不是可读取的电子表格/, /not a readable spreadsheet/);
    await refused({ name: "数据.csv", bytes: fixture("renamed-binary.csv") }, 400, /不是可读取的电子表格/);
  });

  it("an old binary .xls, with advice", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await refused({ name: "旧表.xls", bytes: ole }, 400, /另存为 \.xlsx/, /save it as \.xlsx/);
  });

  it("a zip bomb, by its compression ratio before anything is inflated", async () => {
    const bomb = xlsxWith(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    await refused({ name: "bomb.xlsx", bytes: bomb }, 400, /解压后过大/, /too large when unpacked/);
  });

  it("a zip of many small entries whose declared sizes add up past the limit", async () => {
    const entries = Array.from({ length: 70 }, (_, i) => ({ name: `xl/media/part${i}.bin`, data: Buffer.alloc(1024 * 1024, 0x20) }));
    const many = buildZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, ...entries]);
    await refused({ name: "many.xlsx", bytes: many }, 400, /解压后过大/);
  });

  it("a zip bomb whose directory lies about the size, stopped by the inflate limit", async () => {
    const liar = xlsxWith(Buffer.alloc(30 * 1024 * 1024, 0x20), 1000);
    await refused({ name: "liar.xlsx", bytes: liar }, 400, /解压后过大/);
  });

  it("a sheet with a million rows, counted before a spreadsheet library opens it", async () => {
    const sheet = xlsxWith(rowsXml(1_000_000));
    const started = Date.now();
    await refused({ name: "million.xlsx", bytes: sheet }, 400, /行数超过上限（20000 行）/, /more than 20000 rows/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a CSV with a million lines", async () => {
    await refused({ name: "million.csv", bytes: Buffer.from("1\n".repeat(1_000_000)) }, 400, /行数超过上限/);
  });

  it("a formula without a saved result (never evaluated): a row error", async () => {
    const res = await refused({ name: "formula-no-cache.xlsx", bytes: fixture("formula-no-cache.xlsx") }, 400, /1 处错误/);
    expect(ZImportErrorBody.parse(res.body).error.rows).toEqual([{ row: 2, column: "D", message: expect.stringMatching(/没有保存计算结果/) }]);
  });

  it("a file too large: 413 before it is read", async () => {
    await refused({ name: "big.csv", bytes: Buffer.alloc(9 * 1024 * 1024, 0x31) }, 413, /过大/);
  });

  it("a sheet without the template's header, a body that is not multipart, no file, a bad dryRun", async () => {
    await refused({ name: "x.csv", bytes: Buffer.from("代码,值\na,1\n") }, 400, /找不到表头/, /No header found/);
    const json = await callRoute(importRoute, "/api/v1/imports", { method: "POST", headers: agri, body: { file: "x" } });
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ error: { message: expect.stringMatching(/multipart\/form-data/) } });
    const form = new FormData();
    form.set("dryRun", "true");
    const encoded = new Response(form);
    const noFile = await callRoute(importRoute, "/api/v1/imports", {
      method: "POST",
      headers: { authorization: agri.authorization!, "content-type": encoded.headers.get("content-type")! },
      rawBody: new Uint8Array(await encoded.arrayBuffer()),
    });
    expect(noFile.body).toMatchObject({ error: { message: expect.stringMatching(/请选择要上传的文件/) } });
    const flag = await upload(agri, { name: "a.csv", bytes: fixture("agriculture-2020-11-gbk.csv") }, { dryRun: "yes" });
    expect(flag.body).toMatchObject({ error: { message: "dryRun 只能是 true 或 false" } });
  });
});
