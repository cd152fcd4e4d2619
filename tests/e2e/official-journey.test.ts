import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZEntryGrid, type TEntryGrid } from "@/lib/contracts/entry";
import { createUser } from "@/lib/server/accounts/users";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { snap } from "./support";

/**
 * One official's month from start to end, across the pages as a person uses them: sign in, type a
 * figure into the grid, meet a validation error, fill in the downloaded template with a mistake and
 * upload it, read the error, upload it corrected, import, and submit the month. The bureau (the
 * development and reform commission) is one no other browser test writes to, so the month's
 * plausibility checks see only this journey's figures.
 */
const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const ACTOR = { userId: null, sessionId: null, tokenId: null, label: "e2e" };
const LOGIN = "e2e-journey-ndrc";
const PERIOD = "2020-12";
const DECEMBER = 11;

let browser: Browser;
let db: TDb;
let context: BrowserContext;
let page: Page;
let grid: TEntryGrid;
let folder: string;
const problems: string[] = [];

async function readGrid(): Promise<TEntryGrid> {
  return ZEntryGrid.parse(await (await page.request.get(`${baseUrl}/api/v1/figures?year=2020`)).json());
}

const cellOf = (rowIndex: number) => page.locator(`input[data-cell="${rowIndex}-${DECEMBER}"]`);

/** The downloaded template with `values` written into the 数值 column of the rows of those codes. */
async function filledTemplate(values: Record<string, string | number>, name: string): Promise<string> {
  const response = await page.request.get(`${baseUrl}/api/v1/imports/template?department=ndrc&period=${PERIOD}`);
  expect(response.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  let codeColumn = 0;
  let valueColumn = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      if (cell.value === "指标代码") codeColumn = column;
      if (cell.value === "数值") valueColumn = column;
    });
  });
  expect([codeColumn, valueColumn].every((c) => c > 0)).toBe(true);
  sheet.eachRow((row) => {
    const code = row.getCell(codeColumn).value;
    if (typeof code === "string" && code in values) row.getCell(valueColumn).value = values[code]!;
  });
  const file = path.join(folder, name);
  await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

async function upload(file: string): Promise<void> {
  await page.locator("input[type=file]").setInputFiles(file);
  await page.getByRole("button", { name: "预览（不写入）" }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(path.join(tmpdir(), "siping-journey-"));
  db = createDb(databaseUrl, { poolSize: 1 });
  const created = await createUser(db, { login: LOGIN, role: "official", department: "ndrc", actor: ACTOR });
  await db.user.update({ where: { login: LOGIN }, data: { mustChangePassword: false } });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  page = await context.newPage();
  // A refused upload answers 400, which Chromium logs as a failed resource: expected here.
  page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${baseUrl}/sign-in?next=%2Fentry`, { waitUntil: "networkidle" });
  await page.locator("input[autocomplete=username]").fill(LOGIN);
  await page.locator("input[autocomplete=current-password]").fill(created.password);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/entry", { timeout: 30_000 });
  grid = await readGrid();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await db?.$disconnect();
});

describe("an official's month, from the grid to submission", () => {
  it("types December's first figure into the grid after meeting a validation error", async () => {
    expect(grid.department.code).toBe("ndrc");
    await page.locator("[data-testid=month-picker]").selectOption(String(DECEMBER + 1));
    await cellOf(0).click();
    await page.keyboard.type("十二");
    await page.keyboard.press("Tab");
    const row = page.locator("table.entry-table tbody tr").nth(0);
    expect(await row.locator(".cell-error").first().textContent()).toContain("请输入数字");
    expect(await cellOf(0).inputValue()).toBe("十二");
    const value = grid.rows[0]!.target.value ?? 1;
    await cellOf(0).fill(String(value));
    await cellOf(0).press("Enter");
    await row.locator(".phase-saved").waitFor({ timeout: 10_000 });
    expect((await readGrid()).rows[0]!.cells[DECEMBER]!.figure).toMatchObject({ value, status: "draft" });
  });

  it("uploads the month's template with a mistake, reads the error, and nothing is written", async () => {
    await page.goto(`${baseUrl}/entry/import?period=${PERIOD}`, { waitUntil: "networkidle" });
    const second = grid.rows[1]!;
    await upload(await filledTemplate({ [second.code]: "约二十" }, "with-a-mistake.xlsx"));
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    expect(await errors.locator("[role=alert]").textContent()).toMatch(/^文件有 1 处错误/);
    expect(await errors.locator("tbody tr").count()).toBe(1);
    expect(await page.getByRole("button", { name: /确认导入/ }).isDisabled()).toBe(true);
    expect((await readGrid()).rows[1]!.cells[DECEMBER]!.figure).toBeNull();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await snap(page, `journey-import-error-1280`, { fullPage: true });
  });

  it("uploads it corrected, previews exactly that change, and imports it", async () => {
    const second = grid.rows[1]!;
    const value = second.target.value ?? 2;
    await upload(await filledTemplate({ [second.code]: value }, "corrected.xlsx"));
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    // The grid's own figure is in the template already, so only the corrected row changes.
    expect(await preview.locator("tbody tr").count()).toBe(1);
    expect(await preview.locator("tbody tr").first().textContent()).toContain(second.nameZh);
    await page.getByRole("button", { name: "确认导入 1 项" }).click();
    await page.getByTestId("import-applied").waitFor();
    expect((await readGrid()).rows[1]!.cells[DECEMBER]!.figure).toMatchObject({ value, status: "draft" });
  });

  it("submits December, confirming the indicators left blank", async () => {
    await page.goto(`${baseUrl}/entry`, { waitUntil: "networkidle" });
    await page.locator("[data-testid=month-picker]").selectOption(String(DECEMBER + 1));
    await page.getByRole("button", { name: "提交2020年12月数据" }).click();
    const dialog = page.locator("[data-testid=submit-dialog]");
    await dialog.waitFor();
    // The bureau's other indicators due in December stay blank: the dialog asks to confirm them.
    const blanks = (await readGrid()).rows.filter((r) => r.cells[DECEMBER]!.isDue && r.cells[DECEMBER]!.figure === null);
    expect(blanks.length).toBeGreaterThan(0);
    for (const row of blanks) await dialog.getByText(row.nameZh).first().waitFor();
    await dialog.getByLabel("我已确认以上指标本月空缺，仍然提交").check();
    await dialog.getByRole("button", { name: "提交审核" }).click();
    await page.getByText("已提交2项数据，等待审核。").waitFor({ timeout: 10_000 });
    const after = await readGrid();
    expect(after.rows.slice(0, 2).map((r) => r.cells[DECEMBER]!.figure?.status)).toEqual(["submitted", "submitted"]);
    const audit = await db.auditLog.findMany({ where: { actor: { login: LOGIN } }, select: { action: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["figure.put", "figure.import", "figures.submit_month"]));
  });

  it("logged no script error on the way", () => {
    expect(problems).toEqual([]);
  });
});
