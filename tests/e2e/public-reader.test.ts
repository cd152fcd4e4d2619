import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZIndicatorList, type TIndicator } from "@/lib/contracts/indicators";
import { ZResultList, type TResult } from "@/lib/contracts/results";
import { ZTaskList, type TTask } from "@/lib/contracts/tasks";
import { formatAmount } from "@/lib/format/target";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import type { TLocale } from "@/lib/i18n/locale";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, snap, watchPage } from "./support";

const baseUrl = inject("baseUrl");
let browser: Browser;
const problems: string[] = [];
let indicators: TIndicator[];
let results: TResult[];
let tasks: TTask[];

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}${url}`);
  expect(res.status, url).toBe(200);
  return res.json();
}

const watch = (page: Page): Page => watchPage(page, problems);

/** A full load, also for a `#fragment` of the page already open (which the browser would only scroll to). */
async function open(page: Page, url: string): Promise<void> {
  if (url.includes("#")) await page.goto("about:blank");
  const response = await page.goto(`${baseUrl}${url}`, { waitUntil: "load", timeout: 50_000 });
  expect(response?.status(), url).toBe(200);
}

/**
 * axe's findings of every impact, minor ones too: the shared helper reports serious and critical
 * ones and leaves axe loaded in the page, so this runs after it.
 */
async function findAnyViolations(page: Page): Promise<string[]> {
  expect(await findAccessibilityViolations(page)).toEqual([]);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id} (${v.impact})`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const own = ZIndicatorList.parse(await getJson("/api/v1/indicators?year=2020")).indicators;
  const later = ZIndicatorList.parse(await getJson("/api/v1/indicators?year=2021")).indicators;
  indicators = [...own, ...later];
  results = ZResultList.parse(await getJson("/api/v1/results?year=2019")).results;
  tasks = ZTaskList.parse(await getJson("/api/v1/tasks?year=2020")).tasks;
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ["zh-CN", "报告原文为中文。"],
  ["en", "The report exists in Chinese only; the text below is the original."],
] as const)("the reader pages in %s", (locale: TLocale, languageNote) => {
  let context: BrowserContext;
  let page: Page;
  const tag = locale === "en" ? "en" : "zh";

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseUrl }]);
    page = watch(await context.newPage());
  });

  afterAll(async () => {
    await context.close();
  });

  it("/report marks every target's and result's sentence, one anchor per code", async () => {
    await open(page, "/report");
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    expect(await page.locator("article.report-text").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator(".report-language").textContent()).toBe(languageNote);
    const anchors = await page.locator(".tracked > .anchor").evaluateAll((spans) => spans.map((s) => s.id));
    expect(anchors.length).toBe(indicators.length + results.length);
    const expected = [...indicators.map((i) => `q-${i.code}`), ...results.map((r) => `r-${r.code}`)].sort();
    expect([...anchors].sort()).toEqual(expected);
    for (const task of tasks) expect(anchors, task.code).toContain(`q-${task.code}`);
    const counts = (await page.getByTestId("report-counts").textContent()) ?? "";
    expect(counts).toContain(String(results.length));
    expect(counts).toContain(String(indicators.length));
    expect(await page.locator(".report-missing").count()).toBe(0);
    expect(await findAnyViolations(page)).toEqual([]);
    await shootBothWidths(page, `report-${tag}`, { top: true });
  });

  it("/report#q-<code> highlights that sentence alone, in view", async () => {
    const pm = indicators.find((i) => i.code === "pm25-mean")!;
    await open(page, `/report#q-${pm.code}`);
    const targeted = page.locator(`.tracked:has(> #q-${pm.code}) mark`);
    expect(await targeted.allTextContents().then((t) => t.join(""))).toBe(pm.target.sourceQuote);
    const background = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const lit = await background(`.tracked:has(> #q-${pm.code}) mark`);
    expect(lit).not.toBe(await background(`.tracked:has(> #q-gdp-growth) mark`));
    const box = await targeted.first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await snap(page, `report-target-${tag}`);
  });

  it("/report#r-<code> lights exactly its quote where two results' sentences overlap", async () => {
    const rate = results.find((r) => r.code === "inspection-cases-completion-rate")!;
    await open(page, `/report#r-${rate.code}`);
    const group = page.locator(`.tracked:has(> #r-${rate.code})`);
    const segments = await group.locator("mark").evaluateAll((marks) => marks.map((m) => ({ text: m.textContent ?? "", bg: getComputedStyle(m).backgroundColor })));
    // The last segment is this result's alone; the first is the other result's alone and keeps its tint.
    const lit = segments.at(-1)!.bg;
    const litText = segments.filter((s) => s.bg === lit).map((s) => s.text).join("");
    expect(segments[0]!.bg).not.toBe(lit);
    expect(litText).toBe(rate.sourceQuote);
  });

  it("/review-2019 lists exactly the API's results with their values and estimated flags", async () => {
    await open(page, "/review-2019");
    const items = page.locator(".review-item");
    expect(await items.evaluateAll((li) => li.map((e) => e.id))).toEqual(results.map((r) => r.code));
    const values = await items.locator("[data-testid=value]").allTextContents();
    expect(values).toEqual(results.map((r) => formatAmount(r, r.unit, locale)));
    expect(await page.locator(".review-estimated").count()).toBe(results.filter((r) => r.estimated).length);
    const gdp = page.locator("#gdp-growth");
    expect(await gdp.locator("q").textContent()).toBe(results.find((r) => r.code === "gdp-growth")!.sourceQuote);
    expect(await gdp.locator("a[href='/report#r-gdp-growth']").count()).toBe(1);
    expect(await gdp.locator("a[href='/indicators/gdp-growth']").count()).toBe(1);
    const incomparable = indicators.filter((i) => i.baseline && !i.baseline.comparable).length;
    expect(await page.getByTestId("not-comparable").count()).toBe(incomparable);
    expect(await findAnyViolations(page)).toEqual([]);
    await shootBothWidths(page, `review-2019-${tag}`, { top: true });
  });

  it("/projects equals /api/v1/tasks: status, percent, approved milestones, quote and link", async () => {
    await open(page, "/projects");
    const cards = page.locator(".project-card");
    expect(await cards.evaluateAll((li) => li.map((e) => [e.id, e.getAttribute("data-task-status"), Number(e.getAttribute("data-percent"))]))).toEqual(
      tasks.map((t) => [t.code, t.status, t.progressPercent]),
    );
    for (const task of tasks) {
      const card = page.locator(`#${task.code}`);
      expect(await card.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-done") || null))).toEqual(task.milestones.map((m) => m.doneDate));
      expect(await card.locator("q").textContent()).toBe(task.sourceQuote);
      expect(await card.locator(`a[href='/report#q-${task.code}']`).count()).toBe(1);
      expect(((await card.locator(".task-status").textContent()) ?? "").trim()).not.toBe("");
    }
    expect(await page.locator(".demo-notice").count()).toBe(tasks.some((t) => t.isDemo) ? 1 : 0);
    expect(await findAnyViolations(page)).toEqual([]);
    await shootBothWidths(page, `projects-${tag}`, { top: true });
  });
}, 120_000);

describe("all reader pages", () => {
  it("logged no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
