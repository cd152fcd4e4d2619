import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { createReadyUser, shootBothWidths } from "./support";

/**
 * An official's import journey in Chromium: choose the month, download the template, upload a file
 * saved by LibreOffice, read the preview, import it; upload a file with errors and read every one;
 * the same page in English; a leader sees templates only. Screenshots at 1280 and 375 px go to /tmp.
 */
const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/imports");

let browser: Browser;
let db: TDb;
const problems: string[] = [];

function makeUser(login: string, role: "leader" | "official", department?: string): Promise<{ login: string; password: string }> {
  return createReadyUser(db, login, role, department);
}

async function signedIn(who: { login: string; password: string }, next: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  const page = await context.newPage();
  page.on("console", (m) => {
    // The import answers a bad file with 400, which Chromium logs as a failed resource.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`, { waitUntil: "networkidle" });
  await page.locator("input[autocomplete=username]").fill(who.login);
  await page.locator("input[autocomplete=current-password]").fill(who.password);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/entry/import", { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  return { context, page };
}

function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("an official imports a month", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn(await makeUser("e2e-import-agri", "official", "agriculture"), "/entry/import?period=2020-11"));
  });

  afterAll(async () => {
    await context.close();
  });

  it("offers the month's template of their own bureau, named in Chinese", async () => {
    expect(await page.locator("h1").textContent()).toBe("导入填报数据");
    expect(await page.locator(".dash-scope").textContent()).toBe("单位：市农业农村局");
    expect(await page.locator("select[name=department]").count()).toBe(0);
    const link = page.getByRole("link", { name: /下载 2020年11月 填报模板/ });
    expect(await link.getAttribute("href")).toBe("/api/v1/imports/template?department=agriculture&period=2020-11");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("市农业农村局-2020年11月-数据填报模板.xlsx");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "import-start");
  });

  it("previews a file saved by LibreOffice, then imports exactly that", async () => {
    await page.locator("input[type=file]").setInputFiles(path.join(FIXTURES, "agriculture-2020-11-libreoffice.xlsx"));
    await page.getByRole("button", { name: "预览（不写入）" }).click();
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    expect(await preview.locator("h3").textContent()).toBe("预览：2020年11月将写入 5 项（尚未写入）");
    expect(await preview.locator("tbody tr").count()).toBe(5);
    expect(await preview.locator("tbody tr").first().locator(".status").textContent()).toBe("＋新增");
    expect(await db.figure.count({ where: { year: 2020, month: 11, indicator: { code: "high-standard-farmland" } } })).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "import-preview");
    await page.getByRole("button", { name: "确认导入 5 项" }).click();
    const applied = page.getByTestId("import-applied");
    await applied.waitFor();
    expect(await applied.locator("h3").textContent()).toBe("已导入2020年11月的 5 项");
    const stored = await db.figure.findFirstOrThrow({ where: { year: 2020, month: 11, indicator: { code: "high-standard-farmland" } }, select: { value: true, status: true } });
    expect([stored.value?.toString(), stored.status]).toEqual(["28.5", "draft"]);
  });

  it("lists every error of a bad file in a table, in Chinese and in English", async () => {
    await page.goto(`${baseUrl}/entry/import?period=2020-12`, { waitUntil: "networkidle" });
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await page.locator("input[type=file]").setInputFiles(path.join(FIXTURES, "errors.csv"));
    await page.getByRole("button", { name: "预览（不写入）" }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    expect(await errors.locator("[role=alert]").textContent()).toBe("文件有 11 处错误（涉及 9 行），未导入任何数据；请改正后重新上传");
    expect(await errors.locator("tbody tr").count()).toBe(11);
    expect(await page.getByRole("button", { name: /确认导入/ }).isDisabled()).toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "import-errors");
    await context.addCookies([{ name: "siping-locale", value: "en", url: baseUrl }]);
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.locator("h1").textContent()).toBe("Import figures");
    await page.locator("input[type=file]").setInputFiles(path.join(FIXTURES, "errors.csv"));
    await page.getByRole("button", { name: "Preview (writes nothing)" }).click();
    await errors.waitFor();
    expect(await errors.locator("[role=alert]").textContent()).toMatch(/^The file has 11 error\(s\) in 9 row\(s\)/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "import-errors-en");
  });
});

describe("a leader", () => {
  it("may download any bureau's template but not import", async () => {
    const { context, page } = await signedIn(await makeUser("e2e-import-leader", "leader"), "/entry/import?period=2020-10");
    await page.goto(`${baseUrl}/entry/import?period=2020-10&department=ecology`, { waitUntil: "networkidle" });
    expect(await page.getByRole("link", { name: /下载 2020年10月 填报模板/ }).getAttribute("href")).toBe("/api/v1/imports/template?department=ecology&period=2020-10");
    expect(await page.locator("input[type=file]").count()).toBe(0);
    expect(await page.locator(".notice").textContent()).toMatch(/只有填报员可以导入/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "import-leader");
    await context.close();
    expect(problems).toEqual([]);
  });
});
