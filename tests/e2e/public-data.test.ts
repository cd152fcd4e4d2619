import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPORT_COLUMNS } from "@/lib/contracts/export";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { ZOpenApiDocument } from "@/lib/contracts/openapi";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

const textOf = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();

async function apiJson(url: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}${url}`);
  expect(res.status, url).toBe(200);
  return res.json();
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  page = watch(await context.newPage());
  // Seven engineers share two cores: a first render can take far longer than on a quiet machine.
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(120_000);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("the open-data page", () => {
  it("is linked from the footer and lists every indicator of the API with its own CSV and JSON", async () => {
    await page.goto(`${baseUrl}/data`);
    expect(await page.locator(".site-footer").getByRole("link", { name: "开放数据" }).getAttribute("href")).toBe("/data");
    expect(await textOf("h1")).toBe("开放数据");
    expect(await textOf(".data-licence")).toContain("政府公开信息，可自由使用，请注明来源");
    const { indicators } = ZIndicatorList.parse(await apiJson("/api/v1/indicators?year=2020"));
    const rows = page.locator(".data-indicators tbody tr");
    expect(await rows.count()).toBe(indicators.length);
    expect(await rows.locator("th").allTextContents()).toEqual(indicators.map((i) => i.nameZh));
    const gdp = rows.filter({ hasText: indicators.find((i) => i.code === "gdp-growth")!.nameZh });
    expect(await gdp.getByRole("link", { name: /CSV/ }).getAttribute("href")).toBe("/api/v1/export.csv?year=2020&indicator=gdp-growth");
    expect(await page.locator(".data-columns tbody tr").count()).toBe(EXPORT_COLUMNS.length);
    expect(await page.locator(".demo-notice").count()).toBe(1);
  });

  it("downloads the CSV as a spreadsheet would open it: byte-order mark, Chinese intact, every indicator", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV（Excel 可直接打开）" }).click()]);
    expect(download.suggestedFilename()).toBe("四平市2020年目标数据.csv");
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const { indicators } = ZIndicatorList.parse(await apiJson("/api/v1/indicators?year=2020"));
    const names = new Map(records.map((r) => [r["指标代码 code"], r["指标名称 name_zh"]]));
    for (const indicator of indicators) expect(names.get(indicator.code), indicator.code).toBe(indicator.nameZh);
  });

  it("links to working files, the API reference, the OpenAPI document and the feed", async () => {
    for (const name of ["JSON", "OpenAPI 文档（JSON）", "订阅数据更新（Atom）"]) {
      const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
      const res = await page.request.get(`${baseUrl}${href}`);
      expect(res.status(), `${name} ${href}`).toBe(200);
    }
    const feed = await page.request.get(`${baseUrl}/feed.xml`);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, "data-zh");
  });

  it("reads in English after the switch, axe-clean and narrow enough for a phone", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await textOf("h1")).toBe("Open data");
    expect(await textOf(".data-licence")).toContain("free to use, please credit the source");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, "data-en");
  });
});

describe("the API reference page", () => {
  it("renders every operation of the served OpenAPI document, in English", async () => {
    await page.getByRole("link", { name: "API reference" }).click();
    await page.waitForURL((url) => url.pathname === "/data/api");
    expect(await textOf("h1")).toBe("API reference");
    const doc = ZOpenApiDocument.parse(await apiJson("/api/v1/openapi.json"));
    const documented = Object.entries(doc.paths).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${route}`));
    const shown = await page.locator(".api-op h3").evaluateAll((heads) => heads.map((h) => `${h.querySelector(".api-method")?.textContent} ${h.querySelector(".api-path")?.textContent}`));
    expect(shown.sort()).toEqual(documented.sort());
    const indicators = page.locator("#listIndicators");
    expect(await indicators.textContent()).toContain((doc.paths["/api/v1/indicators"]!.get as { summary: string }).summary);
    expect(await indicators.locator(".api-fields").last().textContent()).toContain("indicators[].nameZh");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, "data-api-en");
  });

  it("reads in Chinese with the document's Chinese descriptions", async () => {
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await textOf("h1")).toBe("接口说明");
    const doc = ZOpenApiDocument.parse(await apiJson("/api/v1/openapi.json"));
    expect(await page.locator("#exportCsv").textContent()).toContain((doc.paths["/api/v1/export.csv"]!.get as { "x-summary-zh": string })["x-summary-zh"]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, "data-api-zh");
    await page.getByRole("link", { name: "返回开放数据" }).click();
    await page.waitForURL((url) => url.pathname === "/data");
  });

  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
