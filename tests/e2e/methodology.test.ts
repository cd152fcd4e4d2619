import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { workAmountExample, workRateExample } from "@/lib/client/methodology/examples";
import { createDb, type TDb } from "@/lib/server/db/client";
import { ABOUT_TOLERANCE, MET_RULES } from "@/lib/progress/met-rules";
import { POINT_THRESHOLDS, RATIO_THRESHOLDS, STATUS_RULES } from "@/lib/progress/status-rules";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
let browser: Browser;
let db: TDb;
const problems: string[] = [];

/** The bands as the engine's constants give them, written out here independently of the page's shaping code. */
const minus = (n: number) => `−${Math.abs(n)}`;
const RATIO_BANDS = {
  ahead: `r ≥ ${RATIO_THRESHOLDS.ahead}`,
  on_track: `${RATIO_THRESHOLDS.onTrack} ≤ r < ${RATIO_THRESHOLDS.ahead}`,
  behind: `${RATIO_THRESHOLDS.behind} ≤ r < ${RATIO_THRESHOLDS.onTrack}`,
  off_track: `r < ${RATIO_THRESHOLDS.behind}`,
  achieved: "—",
  no_data: "—",
};
const POINT_BANDS = {
  ahead: `Δ ≥ ${POINT_THRESHOLDS.ahead}`,
  on_track: `0 ≤ Δ < ${POINT_THRESHOLDS.ahead}`,
  behind: `${minus(POINT_THRESHOLDS.behind)} < Δ < 0`,
  off_track: `Δ ≤ ${minus(POINT_THRESHOLDS.behind)}`,
  achieved: "—",
  no_data: "—",
};

const watch = (page: Page): Page => watchPage(page, problems);

function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

const textOf = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? "").trim();

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the public methodology page", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    page = watch(await context.newPage());
  });

  afterAll(async () => {
    await context.close();
  });

  it("is linked from the home page and opens without signing in, in Chinese", async () => {
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    await page.locator(".site-footer").getByRole("link", { name: "进度判定方法" }).click();
    await page.waitForURL((url) => url.pathname === "/methodology");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await textOf(page, "h1")).toBe("进度判定方法");
  });

  it("shows the thresholds and rules exactly as the engine's constants give them", async () => {
    for (const [status, band] of Object.entries(RATIO_BANDS)) expect(await textOf(page, `td[data-ratio=${status}]`), status).toBe(band);
    for (const [status, band] of Object.entries(POINT_BANDS)) expect(await textOf(page, `td[data-points=${status}]`), status).toBe(band);
    for (const [status, rule] of Object.entries(STATUS_RULES)) {
      const row = page.locator(`.status-table tr[data-status=${status}]`);
      expect(await row.locator(".status").textContent()).toContain(rule.nameZh);
      expect(await row.textContent()).toContain(rule.zh);
    }
    for (const [comparator, rules] of Object.entries(MET_RULES)) {
      const row = (await page.locator(`.met-table tr[data-comparator="${comparator}"]`).textContent()) ?? "";
      expect(row).toContain(rules.higher_is_better.zh);
      expect(row).toContain(rules.lower_is_better.zh);
    }
    const tolerance = await textOf(page, "[data-testid=about-tolerance]");
    expect(tolerance).toContain(`上下${ABOUT_TOLERANCE.points}个百分点`);
    expect(tolerance).toContain(`上下${ABOUT_TOLERANCE.relative * 100}%`);
  });

  it("lists the schedules the seeded targets use, as stored", async () => {
    const rows = await db.target.findMany({ where: { year: 2020, indicator: { kind: { notIn: ["milestone", "growth_rate"] } } }, select: { scheduleProfile: true } });
    const distinct = new Set(rows.filter((r) => r.scheduleProfile.length === 12).map((r) => r.scheduleProfile.map((d) => d.toFixed(6)).join(",")));
    expect(await page.locator(".schedule-table tbody").count()).toBe(distinct.size);
    const linear = page.locator(".schedule-table tbody[data-profile=linear] tr").first();
    expect(await linear.locator("td").allTextContents()).toEqual(["8.3%", "16.7%", "25%", "33.3%", "41.7%", "50%", "58.3%", "66.7%", "75%", "83.3%", "91.7%", "100%"]);
    expect(await page.locator(".basis-table tbody tr").count()).toBe(7);
    expect(await textOf(page, ".frequency-table tr[data-frequency=quarterly]")).toContain("地区生产总值");
    expect(await page.locator(".units-table tbody tr").count()).toBe(await db.target.count({ where: { year: 2020, units: { some: {} } } }));
  });

  it("works its examples with the engine", async () => {
    const amount = workAmountExample().progress;
    const rate = workRateExample();
    expect(await page.locator("[data-example=amount]").getAttribute("data-status")).toBe(amount.status);
    const amountText = await textOf(page, "[data-example=amount]");
    expect(amountText).toContain(`${amount.expected}万亩`);
    expect(amountText).toContain(STATUS_RULES[amount.status].nameZh);
    expect(await page.locator("[data-example=rate]").getAttribute("data-status")).toBe(rate.progress.status);
    expect(await page.locator(".method-variants tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-status")))).toEqual(rate.variants.map((v) => v.progress.status));
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "methodology-zh");
  });

  it("reads in English after the switch, with the engine's English rule texts", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await textOf(page, "h1")).toBe("How progress is judged");
    expect(await textOf(page, "td[data-ratio=behind]")).toBe(RATIO_BANDS.behind);
    expect(await page.locator(".status-table tr[data-status=off_track]").textContent()).toContain(STATUS_RULES.off_track.en);
    expect(await page.locator(".met-table tr[data-comparator=range]").textContent()).toContain(MET_RULES.range.higher_is_better.en);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "methodology-en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("saw no script error or CSP refusal", () => {
    expect(problems).toEqual([]);
  });
});
