import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZImportErrorBody } from "@/lib/contracts/imports";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, countAuditRows, createTestUser, snapshotWrites } from "../support/accounts";
import { buildZip, fixture, upload, xlsxWith } from "../support/imports";
import { callRoute } from "../support/request";
import { POST as importRoute } from "@/app/api/v1/imports/route";

/**
 * Files an import must refuse before reading them as figures: each answered with one clear
 * sentence in the caller's language, and nothing written. The bombs and the million rows are made
 * here rather than committed.
 */
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const SCOPE = { codes: ["high-standard-farmland", "conservation-tillage"], periods: ["2020-12"] };
let official: Record<string, string>;

beforeAll(async () => {
  const user = await createTestUser(getDb(), { login: "imp-files", role: "official", department: "agriculture" });
  official = bearer((await createApiToken(getDb(), { login: user.login, name: "test", expiresAt: null, actor: CLI })).token);
});
afterAll(disconnectDb);

async function refused(file: { name: string; bytes: Uint8Array }, status: number, zh: RegExp, en?: RegExp) {
  const before = await snapshotWrites(getDb(), SCOPE);
  const res = await upload(official, file);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ error: { message: expect.stringMatching(zh) } });
  if (en) expect((await upload({ ...official, "accept-language": "en" }, file)).body).toMatchObject({ error: { message: expect.stringMatching(en) } });
  expect(await snapshotWrites(getDb(), SCOPE)).toBe(before);
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
    const json = await callRoute(importRoute, "/api/v1/imports", { method: "POST", headers: official, body: { file: "x" } });
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ error: { message: expect.stringMatching(/multipart\/form-data/) } });
    const form = new FormData();
    form.set("dryRun", "true");
    const encoded = new Response(form);
    const noFile = await callRoute(importRoute, "/api/v1/imports", {
      method: "POST",
      headers: { authorization: official.authorization!, "content-type": encoded.headers.get("content-type")! },
      rawBody: new Uint8Array(await encoded.arrayBuffer()),
    });
    expect(noFile.body).toMatchObject({ error: { message: expect.stringMatching(/请选择要上传的文件/) } });
    const flag = await upload(official, { name: "a.csv", bytes: fixture("agriculture-2020-12-gbk.csv") }, { dryRun: "yes" });
    expect(flag.body).toMatchObject({ error: { message: "dryRun 只能是 true 或 false" } });
  });
});
