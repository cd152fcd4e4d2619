import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZIndicatorDetail, ZIndicatorList } from "@/lib/contracts/indicators";
import { ZProgressList } from "@/lib/contracts/progress";
import { statusName } from "@/lib/client/dashboard/status";
import { formatNumber, formatScaled } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";
import type { TLocale } from "@/lib/i18n/locale";
import { PUBLIC_PAGES, embedPath, indicatorPath, reportSentencePath } from "@/lib/server/public/routes";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, watchPage } from "./support";

/**
 * A reader's tour of every public page type, in Chinese and after the switch in English: each page
 * opens without signing in, names its language, passes axe, fits a phone, can be used from the
 * keyboard (skip link, navigation), keeps its path across the language switch, and agrees with the
 * API where that is cheap to check. The open-data page's CSV is downloaded and read as a spreadsheet would.
 */

const baseUrl = inject("baseUrl");
const YEAR = 2020;
const LANGS: { locale: TLocale; html: string; switchTo: string }[] = [
  { locale: "zh-CN", html: "zh-CN", switchTo: "English" },
  { locale: "en", html: "en", switchTo: "中文" },
];
/** The header's navigation: every public page but the API reference, which /data links. */
const NAV = Object.values(PUBLIC_PAGES).filter((p) => p !== PUBLIC_PAGES.apiDocs);

const indicators = ZIndicatorList.parse(await (await fetch(`${baseUrl}/api/v1/indicators?year=${YEAR}`)).json()).indicators;

/**
 * The indicator page the tour reads: a quarterly range (GDP). Every other shape, in both languages
 * with axe, the keyboard and the phone width, is public-indicator.test.ts's.
 */
const TOURED = indicators.find((i) => i.target.comparator === "range" && i.frequency === "quarterly") ?? indicators[0]!;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  // The overview links every indicator: prefetching them all would keep a busy server from ever
  // going network-idle, and the tour follows no link by client-side navigation.
  await context.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  page = watch(await context.newPage());
  page.setDefaultNavigationTimeout(90_000);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(target: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${target}`, { waitUntil: "networkidle" });
  expect(response?.status(), target).toBe(200);
}

async function expectLanguage(html: string): Promise<void> {
  await page.waitForFunction((lang) => document.documentElement.lang === lang, html, { timeout: 10_000 });
}

/** From a fresh load, Tab first reaches the skip link, then every navigation link; Enter on the skip link puts focus in #main. */
async function checkKeyboard(target: string): Promise<void> {
  const reached: (string | null)[] = [];
  for (let i = 0; i < 30 && !NAV.every((href) => reached.includes(href)); i += 1) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => document.activeElement?.getAttribute("href") ?? null));
  }
  expect(reached[0], `${target}: the first Tab reaches the skip link`).toBe("#main");
  expect(NAV.filter((href) => !reached.includes(href)), `${target}: navigation links Tab does not reach`).toEqual([]);
  await page.locator("a.skip-link").focus();
  await page.keyboard.press("Enter");
  const inMain = () => page.evaluate(() => document.activeElement?.closest("#main") !== null && document.activeElement !== document.body);
  // Focus lands on #main itself (tabindex=-1), or the next Tab starts from it.
  if (!(await inMain())) await page.keyboard.press("Tab");
  expect(await inMain(), `${target}: the skip link moves focus into #main`).toBe(true);
}

async function checkAccessible(name: string): Promise<void> {
  expect(await findAccessibilityViolations(page, { everyImpact: true }), name).toEqual([]);
  await shootBothWidths(page, name);
}

/**
 * The page in Chinese, then switched to English on the same path, then back: language, keyboard,
 * axe, phone width and screenshots in each, and `checkContent` in each language.
 */
async function tour(target: string, name: string, checkContent: (locale: TLocale) => Promise<void> = async () => {}): Promise<void> {
  await context.clearCookies();
  await open(target);
  const pathname = new URL(page.url()).pathname;
  for (const [i, lang] of LANGS.entries()) {
    await expectLanguage(lang.html);
    if (!target.includes("#")) await checkKeyboard(`${target} (${lang.locale})`);
    await checkContent(lang.locale);
    await checkAccessible(`tour-${name}-${lang.locale}`);
    await page.getByRole("button", { name: lang.switchTo }).click();
    await expectLanguage(LANGS[(i + 1) % LANGS.length]!.html);
    expect(new URL(page.url()).pathname, `${target}: the language switch keeps the path`).toBe(pathname);
    if (i === 0) await page.reload({ waitUntil: "networkidle" });
  }
}

/** Every way the project's formatters print a value in one language (the page may use any of them). */
function renderings(value: number, unit: string, locale: TLocale): string[] {
  return [formatNumber(value, locale), formatNumber(value, locale, 1), formatNumber(value, locale, 2), formatScaled(value, locale), formatQuantity(value, unit, locale)];
}

describe("a reader's tour of the public site", { timeout: 240_000 }, () => {
  it("the overview: counts by status equal GET /api/v1/progress", async () => {
    const progress = ZProgressList.parse(await (await fetch(`${baseUrl}/api/v1/progress?year=${YEAR}`)).json());
    await tour(PUBLIC_PAGES.overview, "overview", async (locale) => {
      for (const [status, count] of Object.entries(progress.summary) as [keyof typeof progress.summary, number][]) {
        const text = (await page.locator(`[data-summary="${status}"]`).first().textContent({ timeout: 5_000 })) ?? "";
        expect(text, status).toContain(statusName(status, locale));
        expect(text.match(/\d+/g)?.map(Number), status).toContain(count);
      }
    });
  });

  it(`the indicator page of ${TOURED.code}: its latest published value as the API gives it`, async () => {
    const detail = ZIndicatorDetail.parse(await (await fetch(`${baseUrl}/api/v1/indicators/${TOURED.code}?year=${YEAR}`)).json());
    const latest = detail.figures.filter((f) => f.unit === null && f.value !== null).sort((a, b) => a.period.localeCompare(b.period)).at(-1);
    await tour(indicatorPath(TOURED.code), `indicator-${TOURED.code}`, async (locale) => {
      if (!latest) return;
      const text = (await page.locator("#main").textContent()) ?? "";
      const forms = renderings(latest.value!, TOURED.unit, locale);
      expect(forms.some((f) => text.includes(f)), `${TOURED.code} ${latest.period}: one of ${forms.join(" | ")}`).toBe(true);
    });
  });

  it("the embed page: no site header, a link back to the indicator page, in both languages", async () => {
    for (const lang of LANGS) {
      await context.clearCookies();
      if (lang.locale === "en") await context.addCookies([{ name: "siping-locale", value: "en", url: baseUrl }]);
      await open(embedPath(TOURED.code));
      await expectLanguage(lang.html);
      expect(await page.locator(".site-header, .site-footer").count()).toBe(0);
      const back = page.locator(`a[href$="${indicatorPath(TOURED.code)}"]`).first();
      let reached = false;
      for (let i = 0; i < 15 && !reached; i += 1) {
        await page.keyboard.press("Tab");
        reached = await back.evaluate((a) => a === document.activeElement);
      }
      expect(reached, "Tab reaches the link back to the indicator page").toBe(true);
      await checkAccessible(`tour-embed-${lang.locale}`);
    }
  });

  it("the report reader opened at a target's sentence highlights that sentence", async () => {
    await tour(reportSentencePath(TOURED.code), "report-sentence", async () => {
      expect(await page.evaluate(() => document.querySelector(":target")?.id ?? null)).toBe(`q-${TOURED.code}`);
    });
  });

  it("the report reader from its top", async () => {
    await tour(PUBLIC_PAGES.report, "report");
  });

  for (const [key, target] of [["review-2019", PUBLIC_PAGES.review2019], ["projects", PUBLIC_PAGES.projects], ["methodology", PUBLIC_PAGES.methodology], ["api-docs", PUBLIC_PAGES.apiDocs]] as const) {
    it(`${target}`, async () => {
      await tour(target, key);
    });
  }

  it("/data, and its CSV downloaded through the browser opens as a spreadsheet would: BOM, Chinese names intact", async () => {
    await tour(PUBLIC_PAGES.data, "data");
    await context.clearCookies();
    await open(PUBLIC_PAGES.data);
    const link = page.locator(`a[href*="/api/v1/export.csv"]:not([href*="indicator="])`).first();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true }) as string[][];
    expect(rows[0]![0]!.charCodeAt(0)).not.toBe(0xfeff);
    const cells = new Set(rows.flat());
    const names = indicators.map((i) => i.nameZh);
    expect(names.filter((n) => !cells.has(n)), "indicator names (nameZh) missing from the CSV").toEqual([]);
  });

  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
