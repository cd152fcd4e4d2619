import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { createReadyUser, shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
let browser: Browser;
let db: TDb;
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

function makeUser(login: string, role: "leader" | "official", department?: string): Promise<{ login: string; password: string }> {
  return createReadyUser(db, login, role, department);
}

async function signedIn(who: { login: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  const page = watch(await context.newPage());
  await page.goto(`${baseUrl}/sign-in?next=%2Fdashboard`, { waitUntil: "networkidle" });
  await page.locator("input[autocomplete=username]").fill(who.login);
  await page.locator("input[autocomplete=current-password]").fill(who.password);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/dashboard", { timeout: 30_000 });
  return { context, page };
}

async function go(page: Page, to: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${to}`, { waitUntil: "networkidle" });
  expect(response?.status(), to).toBe(200);
}

function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

/** The overview's status per indicator (data-code → data-status). */
async function overviewStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("table.indicators tr[data-code]")].map((tr) => [tr.getAttribute("data-code"), tr.getAttribute("data-status")])),
  );
}

/** The trends grid: per indicator, the status of each month shown (data-period → data-status). */
async function trendCells(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("table.trend-grid tr[data-code]")].map((tr) => [
        tr.getAttribute("data-code"),
        Object.fromEntries([...tr.querySelectorAll("td[data-period]")].map((td) => [td.getAttribute("data-period"), td.getAttribute("data-status")])),
      ]),
    ),
  );
}

function lastMonth(cells: Record<string, Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).map(([code, months]) => [code, months[Object.keys(months).sort().at(-1)!]!]));
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the leadership trends view", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn(await makeUser("e2e-trends-leader", "leader")));
  });

  afterAll(async () => {
    await context.close();
  });

  it("is a dashboard tab whose latest month equals the overview's status for every indicator", async () => {
    const overview = await overviewStatuses(page);
    await page.locator(".dash-tabs").getByRole("link", { name: "状态走势" }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard/trends");
    expect(await page.locator(".dash-tabs a[aria-current=page]").textContent()).toBe("状态走势");
    const cells = await trendCells(page);
    expect(Object.keys(cells).sort()).toEqual(Object.keys(overview).sort());
    expect(lastMonth(cells)).toEqual(overview);
  });

  it("shows January to the chosen month, each cell as word and shape, with counts that add up", async () => {
    await go(page, "/dashboard/trends?asOf=2020-06");
    expect(await page.locator("h1").textContent()).toBe("状态走势（2020年1月至2020年6月）");
    expect(await page.locator("table.trend-grid thead th.trend-month").allTextContents()).toEqual(["1月", "2月", "3月", "4月", "5月", "6月"]);
    const cells = await trendCells(page);
    await go(page, "/dashboard?asOf=2020-06");
    const june = await overviewStatuses(page);
    await go(page, "/dashboard?asOf=2020-03");
    const march = await overviewStatuses(page);
    for (const code of ["gdp-growth", "afforestation", "pm25-mean", "good-air-days", "employment-training"]) {
      expect(cells[code]?.["2020-06"], code).toBe(june[code]);
      expect(cells[code]?.["2020-03"], code).toBe(march[code]);
    }
    await go(page, "/dashboard/trends?asOf=2020-06");
    const badge = page.locator("table.trend-grid td[data-period='2020-06'] .status").first();
    expect(await badge.locator(".status-shape").textContent()).toMatch(/[★▲●▼■○]/);
    expect((await badge.textContent())!.length).toBeGreaterThan(2);
    const total = Object.keys(cells).length;
    const perMonth = await page.locator("table.trend-counts tbody tr").evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].map((td) => Number(td.textContent))),
    );
    for (let m = 0; m < 6; m += 1) expect(perMonth.reduce((sum, row) => sum + row[m]!, 0)).toBe(total);
    await page.locator("[data-testid=trend-chart] svg .recharts-bar-rectangle").first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "trends-zh");
  });

  it("previews submitted figures when asked, marking the cells that count one", async () => {
    await go(page, "/dashboard/trends?asOf=2020-10");
    expect(await page.locator("td.is-preview").count()).toBe(0);
    await go(page, "/dashboard/trends?asOf=2020-10&submitted=1");
    expect(await page.locator("[data-testid=preview-notice]").count()).toBe(1);
    const submitted = await db.figure.count({ where: { year: 2020, status: "submitted", month: { lte: 10 } } });
    if (submitted > 0) expect(await page.locator("td.is-preview").count()).toBeGreaterThan(0);
    const cells = lastMonth(await trendCells(page));
    await go(page, "/dashboard?asOf=2020-10&submitted=1");
    expect(cells).toEqual(await overviewStatuses(page));
  });

  it("reads in English", async () => {
    await go(page, "/dashboard/trends?asOf=2020-06");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("h1").textContent()).toBe("Status trends (Jan 2020 to Jun 2020)");
    await page.locator("[data-testid=trend-chart] svg .recharts-bar-rectangle").first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "trends-en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});

describe("an official's trends", () => {
  it("shows only their bureau's indicators", async () => {
    const { context, page } = await signedIn(await makeUser("e2e-trends-stats", "official", "stats"));
    try {
      await go(page, "/dashboard/trends");
      const shown = Object.keys(await trendCells(page)).sort();
      const theirs = (await db.target.findMany({ where: { year: 2020, department: { code: "stats" } }, select: { indicator: { select: { code: true } } } })).map((t) => t.indicator.code).sort();
      expect(shown).toEqual(theirs);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
