import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { statusName } from "@/lib/client/dashboard/status";
import { formatReading, readingPeriod } from "@/lib/client/overview/reading";
import { ZIndicatorList, type TIndicator } from "@/lib/contracts/indicators";
import { ZProgressList, type TProgressList } from "@/lib/contracts/progress";
import { formatDateTime, formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import type { TLocale } from "@/lib/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { createDb, type TDb } from "@/lib/server/db/client";
import { PUBLIC_PAGES, indicatorPath, reportSentencePath } from "@/lib/server/public/routes";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
/** The budget for the overview: all of its JavaScript, gzipped. */
const JS_BUDGET = 150 * 1024;

let browser: Browser;
let db: TDb;
let progress: TProgressList;
let indicators: TIndicator[];
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

const cellText = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ").trim();

/** The newest approval of 2020, read from the tables, apart from the page's own loader. */
async function latestApproval(): Promise<string> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`
    SELECT max(at) AS at FROM (
      SELECT published_at AS at FROM figures WHERE year = 2020
      UNION ALL SELECT m.published_at FROM task_milestones m JOIN tasks k ON k.id = m.task_id WHERE k.year = 2020) t`;
  return row!.at.toISOString();
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  progress = ZProgressList.parse(await (await fetch(`${baseUrl}/api/v1/progress?year=2020`)).json());
  indicators = ZIndicatorList.parse(await (await fetch(`${baseUrl}/api/v1/indicators?year=2020`)).json()).indicators;
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe.each([
  { locale: "zh-CN" as TLocale, title: "2020年政府工作报告目标一览", demo: "演示数据" },
  { locale: "en" as TLocale, title: "The 2020 targets of the government work report", demo: "Demo data" },
])("the public overview in $locale", ({ locale, title, demo }) => {
  let context: BrowserContext;
  let page: Page;
  const scripts = new Map<string, number>();

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    if (locale === "en") await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: baseUrl }]);
    page = watch(await context.newPage());
    const reads: Promise<void>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      reads.push(
        response
          .body()
          .then((body) => void scripts.set(response.url(), gzipSync(body).length))
          .catch(() => undefined),
      );
    });
    // "load" waits for every script of the page; the router's prefetches of other pages are not the page's own bytes.
    const response = await page.goto(`${baseUrl}/`, { waitUntil: "load", timeout: 120_000 });
    await Promise.all(reads);
    expect(response?.status()).toBe(200);
  });

  afterAll(async () => {
    await context.close();
  });

  it("opens without signing in, in its language, with the demo data said in the page", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    expect(await cellText(page, "h1")).toBe(title);
    expect(await cellText(page, "main .demo-notice .demo-badge")).toBe(demo);
  });

  it("shows every indicator's status, actual and target as the progress and indicators APIs give them", async () => {
    const rows = page.locator(".overview-table tbody tr");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")))).toEqual(indicators.map((i) => i.code));
    for (const indicator of indicators) {
      const judged = progress.indicators.find((r) => r.code === indicator.code)!;
      const row = `.overview-table tr[data-code="${indicator.code}"]`;
      expect(await page.locator(row).getAttribute("data-status"), indicator.code).toBe(judged.status);
      expect(await cellText(page, `${row} .status`), indicator.code).toContain(statusName(judged.status, locale));
      expect(await page.locator(`${row} .overview-actual`).getAttribute("data-actual"), indicator.code).toBe(judged.actual === null ? "" : String(judged.actual));
      const actual = await cellText(page, `${row} .overview-actual`);
      if (judged.actual !== null && judged.period !== null) {
        expect(actual, indicator.code).toContain(readingPeriod(indicator.basis, judged.period, locale));
        expect(actual, indicator.code).toContain(formatReading(judged.actual, indicator.unit, indicator.kind, locale));
      }
      expect(await cellText(page, `${row} .overview-target`), indicator.code).toContain(formatAmount(indicator.target, indicator.unit, locale));
      expect(await cellText(page, `${row} .overview-expected`), indicator.code).toBe(formatReading(judged.expected, indicator.unit, indicator.kind, locale));
      expect(await page.locator(`${row} .indicator-name`).getAttribute("href")).toBe(indicatorPath(indicator.code));
    }
    const statuses = new Set(progress.indicators.map((r) => r.status));
    expect(statuses.size).toBeGreaterThan(2);
    // Livelihood projects point to their milestones.
    expect(await page.locator(`.overview-table a.project-link[href="${PUBLIC_PAGES.projects}"]`).count()).toBe(await db.task.count({ where: { year: 2020, indicatorId: { not: null } } }));
  });

  it("links every target's sentence into the report", async () => {
    for (const indicator of indicators) {
      const quote = page.locator(`.overview-table tr[data-code="${indicator.code}"] a.quote`);
      expect(await quote.getAttribute("href")).toBe(reportSentencePath(indicator.code));
      expect(await quote.textContent()).toBe(indicator.target.sourceQuote);
    }
  });

  it("counts the targets by status as the API's summary does", async () => {
    for (const [status, count] of Object.entries(progress.summary)) {
      const card = page.locator(`.overview-counts [data-summary=${status}]`);
      expect(Number((await cellText(page, `.overview-counts [data-summary=${status}] .summary-count`)).replace(/\D/g, "")), status).toBe(count);
      expect(await card.textContent()).toContain(statusName(status as keyof typeof progress.summary, locale));
    }
  });

  it("dates the data by the latest published month, apart from the latest approval", async () => {
    const asOf = page.locator("[data-testid=data-as-of]");
    expect(await asOf.getAttribute("data-period")).toBe(progress.asOf);
    expect(await cellText(page, "[data-testid=data-as-of]")).toBe(formatPeriod(progress.asOf, locale));
    expect(await cellText(page, "[data-testid=published-at]")).toBe(formatDateTime(await latestApproval(), locale));
  });

  it("names the lead bureaus with how many targets each reports", async () => {
    const perBureau = new Map<string, number>();
    for (const i of indicators) perBureau.set(i.department.code, (perBureau.get(i.department.code) ?? 0) + 1);
    const shown = await page.locator(".overview-bureaus tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-bureau"), Number(tr.querySelector("td")?.textContent)] as const));
    expect(new Map(shown)).toEqual(perBureau);
  });

  it("draws a hidden sparkline beside each target with figures, and ships little script", async () => {
    const withFigures = progress.indicators.filter((r) => r.actual !== null).length;
    expect(await page.locator(".overview-trend svg.sparkline[aria-hidden=true] path.sparkline-actual").count()).toBe(withFigures);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total, [...scripts.entries()].map(([u, n]) => `${u} ${n}`).join("\n")).toBeLessThanOrEqual(JS_BUDGET);
  });

  it("is usable from the keyboard: the skip link comes first and leads to the content", async () => {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#main");
  });

  it("passes axe and fits a 375 px phone", async () => {
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, `overview-${locale}`, { top: true });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe("the overview's neighbours", () => {
  it("serves the indicators API and refuses a bad year with a JSON 400", async () => {
    const bad = await fetch(`${baseUrl}/api/v1/indicators?year=abc`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
    expect(indicators.length).toBeGreaterThan(40);
  });

  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
