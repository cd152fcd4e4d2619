import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatValue } from "@/lib/client/dashboard/row-format";
import type { TIndicatorDetail } from "@/lib/contracts/indicators";
import type { TIndicatorProgress, TProgressList } from "@/lib/contracts/progress";
import type { TTaskList } from "@/lib/contracts/tasks";
import { unitLabel } from "@/lib/format/unit";
import type { TLocale } from "@/lib/i18n/locale";
import { embedPath, indicatorPath, reportSentencePath } from "@/lib/server/public/routes";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { reportViolations, shootBothWidths, snap, watchPage } from "./support";

const baseUrl = inject("baseUrl");
/** Screenshots of each run, for a person to look at (git-ignored). */

/** One indicator of each shape the page draws differently. */
const CASES = {
  "gdp-growth": "a range, quarterly, with a revised figure",
  "good-air-days": "a floor (≥), counted in days",
  "pm25-mean": "a ceiling (≤), a mean",
  "rural-scenic-byway-per-county": "a per-unit target",
  afforestation: "a cumulative amount on a seasonal schedule",
  "libraries-and-venues": "a livelihood project tracked by milestones",
} as const;
type TCode = keyof typeof CASES;

let browser: Browser;
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function go(page: Page, path: string, status = 200): Promise<void> {
  // "load", not "networkidle": the header's links prefetch other pages, which need not settle.
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 60_000 });
  expect(response?.status(), path).toBe(status);
}

/** axe-core's findings of every impact, as "rule (impact)". */
async function allViolations(page: Page): Promise<string[]> {
  return (await findAccessibilityViolations(page, { everyImpact: true })).map((v) => `${v.id} (${v.impact})`);
}

/** The chart is drawn on the client when it nears the screen: scroll to it and wait for recharts' lines before judging the page. */
async function waitForChart(page: Page): Promise<void> {
  await page.locator("[data-testid=progress-chart]").first().scrollIntoViewIfNeeded();
  await page.locator("[data-testid=progress-chart] .recharts-surface").first().waitFor({ state: "visible", timeout: 15_000 });
}

/** Tabs from the top of the page until `selector` has the focus; fails if the keyboard never gets there. */
async function tabTo(page: Page, selector: string): Promise<void> {
  await page.locator("body").focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let n = 0; n < 150; n += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

for (const locale of ["zh-CN", "en"] as const satisfies readonly TLocale[]) {
  describe(`the public indicator pages (${locale})`, () => {
    let context: BrowserContext;
    let page: Page;
    let progress: TProgressList;
    let tasks: TTaskList;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: locale === "en" ? "en-US" : "zh-CN" });
      await context.addInitScript(reportViolations);
      page = watch(await context.newPage());
      progress = await api<TProgressList>("/api/v1/progress?year=2020");
      tasks = await api<TTaskList>("/api/v1/tasks?year=2020");
    });

    afterAll(async () => {
      await context.close();
    });

    for (const [code, shape] of Object.entries(CASES) as [TCode, string][]) {
      it(`shows ${code} (${shape}) as the API does`, async () => {
        const detail = await api<TIndicatorDetail>(`/api/v1/indicators/${code}?year=2020`);
        const path = await api<TIndicatorProgress>(`/api/v1/indicators/${code}/progress?year=2020`);
        await go(page, indicatorPath(code));
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        expect(await page.locator("h1").textContent()).toBe(locale === "en" ? detail.nameEn : detail.nameZh);
        expect(await page.locator("[data-testid=source-quote]").textContent()).toBe(detail.target.sourceQuote);
        expect(await page.locator("[data-testid=report-link]").getAttribute("href")).toBe(reportSentencePath(code));
        expect(reportSentencePath(code)).toBe(`/report#q-${code}`);
        const judged = progress.indicators.find((row) => row.code === code)!;
        expect(await page.locator(".ind-status").getAttribute("data-status")).toBe(judged.status);
        expect(await page.locator("[data-testid=status] .status-shape").textContent()).toMatch(/[★▲●▼■○]/);
        expect(await page.locator("[data-testid=how]").textContent()).toContain(locale === "en" ? "The status is" : "状态为");
        expect(await page.locator(".demo-notice").count()).toBe(1);
        expect(await page.locator("[data-testid=download-csv]").getAttribute("href")).toBe(`/api/v1/export.csv?year=2020&indicator=${code}`);
        expect(await page.locator("[data-testid=download-json]").getAttribute("href")).toBe(`/api/v1/export.json?year=2020&indicator=${code}`);
        expect(await page.locator("[data-testid=embed-snippet]").inputValue()).toContain(`<iframe src="${baseUrl}${embedPath(code)}"`);

        if (detail.kind === "milestone") {
          const task = tasks.tasks.find((t) => t.indicatorCode === code)!;
          expect(await page.locator("[data-testid=milestones] tbody tr").count()).toBe(task.milestones.length);
          expect(await page.locator("[data-testid=percent]").textContent()).toContain(String(task.progressPercent));
          expect(await page.locator("[data-testid=progress-chart]").count()).toBe(0);
        } else {
          const rows = await page.locator("[data-testid=month-table] tbody tr").evaluateAll((trs) =>
            trs.map((tr) => ({
              period: tr.getAttribute("data-period"),
              actual: tr.getAttribute("data-actual"),
              expected: tr.getAttribute("data-expected"),
              status: tr.getAttribute("data-status"),
              actualText: tr.querySelector(".cell-actual")?.textContent,
              expectedText: tr.querySelector(".cell-expected")?.textContent,
              shown: tr.querySelector(".cell-status .status")?.getAttribute("data-status") ?? null,
              figure: tr.querySelector("[data-figure]")?.getAttribute("data-figure") ?? null,
              note: tr.querySelector(".cell-note")?.textContent ?? "",
            })),
          );
          expect(rows.map((r) => r.period)).toEqual(path.months.map((m) => m.period));
          for (const [i, m] of path.months.entries()) {
            const row = rows[i]!;
            expect(row.actual, m.period).toBe(m.actual === null ? "" : String(m.actual));
            expect(row.expected, m.period).toBe(m.expected === null ? "" : String(m.expected));
            expect(row.status, m.period).toBe(m.status);
            expect(row.actualText, m.period).toBe(formatValue(m.actual, detail.unit, locale));
            expect(row.expectedText, m.period).toBe(formatValue(m.expected, detail.unit, locale));
            expect(row.shown, m.period).toBe(m.actual === null ? null : m.status);
            for (const f of detail.figures.filter((f) => f.period === m.period)) {
              if (f.note) expect(row.note, m.period).toContain(f.note);
              if (row.figure !== null) expect(row.figure, m.period).toBe(f.value === null ? "" : String(f.value));
            }
          }
          if (detail.units) {
            const cells = await page.locator("[data-testid=unit-figures] td[data-unit]").evaluateAll((tds) => tds.map((td) => `${td.closest("tr")?.getAttribute("data-period")}:${td.getAttribute("data-unit")}=${td.getAttribute("data-value")}`));
            const published = detail.figures.map((f) => `${f.period}:${f.unit}=${f.value ?? ""}`);
            expect(cells.filter((c) => !c.endsWith("="))).toEqual(published.filter((c) => !c.endsWith("=")));
            expect(await page.locator("[data-testid=units-table] tbody tr").count()).toBe(detail.units.length);
          } else {
            const monthly = await page.locator("[data-testid=month-table] [data-figure]").count();
            expect(monthly === 0 || monthly === 12).toBe(true);
          }
          expect(await page.locator("[data-testid=month-table] tfoot").textContent()).toBeTruthy();
          await waitForChart(page);
          expect(await page.locator(".progress-chart-canvas").getAttribute("aria-label")).toBeTruthy();
          // The axis's unit in the page's language: "Unit: 10,000 mu", never 万亩 on the English page.
          expect(await page.locator(".chart-axis-unit").textContent()).toBe(`${locale === "en" ? "Unit: " : "单位："}${unitLabel(detail.unit, locale)}`);
        }

        expect(await page.locator("[data-testid=revisions] tbody tr").count()).toBe(detail.revisions.length);
        for (const r of detail.revisions) {
          const row = page.locator(`[data-testid=revisions] tr[data-period="${r.period}"]`).first();
          expect(await row.getAttribute("data-previous")).toBe(r.previousValue === null ? "" : String(r.previousValue));
          expect(await row.getAttribute("data-value")).toBe(r.value === null ? "" : String(r.value));
        }
        if (code === "gdp-growth") expect(detail.revisions.length).toBeGreaterThan(0);

        expect(await allViolations(page)).toEqual([]);
        await tabTo(page, "[data-testid=report-link]");
        await tabTo(page, "[data-testid=download-csv]");
        await shootBothWidths(page, `indicator-${code}-${locale}`);
      }, 180_000);

      it(`embeds ${code} without the site's header, fitting a 600 × 400 frame`, async () => {
        await page.setViewportSize({ width: 600, height: 400 });
        try {
          await go(page, embedPath(code));
          expect(await page.locator(".site-header, .site-footer, .public-nav").count()).toBe(0);
          const back = page.locator("[data-testid=embed-back]");
          expect(await back.getAttribute("href")).toBe(indicatorPath(code));
          expect(await back.getAttribute("target")).toBe("_blank");
          expect(await back.getAttribute("rel")).toContain("noopener");
          expect(await page.locator("[data-testid=status] .status").getAttribute("data-status")).toBe(progress.indicators.find((row) => row.code === code)!.status);
          expect(await page.locator("[data-testid=data-as-of]").textContent()).toBeTruthy();
          expect(await page.locator(".embed-source").textContent()).toBeTruthy();
          if (code !== "libraries-and-venues") {
            await waitForChart(page);
            expect(await page.locator(".chart-description").textContent()).toBeTruthy();
            await page.locator("details summary").click();
            expect(await page.locator("[data-testid=month-table] tbody tr").count()).toBe(12);
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          expect(await allViolations(page)).toEqual([]);
          await snap(page, `embed-${code}-${locale}`);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      }, 120_000);
    }

    it("answers 404 for an unknown code, a malformed one and one without a 2020 target", async () => {
      await go(page, indicatorPath("no-such-indicator"), 404);
      await go(page, embedPath("no-such-indicator"), 404);
      await go(page, "/indicators/GDP_growth", 404);
      await go(page, indicatorPath("special-vehicle-capacity"), 404);
    }, 120_000);
  });
}

describe("the run", () => {
  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
