import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { createReadyUser, reportViolations, shootBothWidths, shotPath, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
/** Screenshots of each run, for a person to look at (git-ignored). */
const AS_OF = "2020-06";
const EXPLANATION = "一季度受疫情影响，二季度重点项目集中复工，预计下半年增速回升。";

let browser: Browser;
let db: TDb;
let leader: { login: string; password: string };
let official: { login: string; password: string; bureau: { code: string; nameZh: string } };
/** Console errors (CSP refusals among them) and uncaught exceptions from every page opened here. */
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

async function signedIn(who: { login: string; password: string }, locale = "zh-CN"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  await context.addInitScript(reportViolations);
  const page = watch(await context.newPage());
  await page.goto(`${baseUrl}/sign-in?next=%2Fdashboard`, { waitUntil: "networkidle" });
  await page.locator("input[autocomplete=username]").fill(who.login);
  await page.locator("input[autocomplete=current-password]").fill(who.password);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/dashboard", { timeout: 30_000 });
  return { context, page };
}

async function go(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(status);
}

/** Full-page screenshots at 1280 px and 375 px; the page must not scroll sideways on a phone. */
function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

/** Each indicator's status as the overview's table shows it (data-code → data-status). */
async function statusesOnPage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("table.indicators tr[data-code]")].map((tr) => [tr.getAttribute("data-code"), tr.getAttribute("data-status")])),
  );
}

function makeUser(login: string, role: "leader" | "official", department?: string): Promise<{ login: string; password: string }> {
  return createReadyUser(db, login, role, department);
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  leader = await makeUser("e2e-dash-leader", "leader");
  const bureau = await db.department.findUniqueOrThrow({ where: { code: "stats" }, select: { code: true, nameZh: true } });
  official = { ...(await makeUser("e2e-dash-stats", "official", bureau.code)), bureau };
  // The demo has no internal explanations: give GDP's June figure one, as its bureau would.
  const gdp = await db.indicator.findUniqueOrThrow({ where: { code: "gdp-growth" }, select: { id: true } });
  await db.figure.updateMany({ where: { indicatorId: gdp.id, year: 2020, month: 6 }, data: { explanation: EXPLANATION } });
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("a leader's dashboard", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn(leader));
  });

  afterAll(async () => {
    await context.close();
  });

  it("shows the overview for the latest month with data: counts, both matrices and every indicator", async () => {
    expect(await page.locator("h1").textContent()).toMatch(/^目标进展总览（截至2020年\d+月）$/);
    expect(await page.locator(".site-header").getByRole("link", { name: "领导看板" }).getAttribute("href")).toBe("/dashboard");
    const rows = await statusesOnPage(page);
    const indicators = await db.target.count({ where: { year: 2020 } });
    expect(Object.keys(rows)).toHaveLength(indicators);
    const counts = await page.locator(".status-summary [data-summary]").evaluateAll((cards) => cards.map((c) => Number(c.querySelector(".summary-count")?.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(indicators);
    // Every status reads as a word and a shape, not colour alone.
    const badge = page.locator("table.indicators .status").first();
    expect(await badge.locator(".status-shape").textContent()).toMatch(/[★▲●▼■○]/);
    expect((await badge.textContent())?.length).toBeGreaterThan(2);
    expect(await page.locator("table.matrix").count()).toBe(2);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-zh");
  });

  it("agrees with GET /api/v1/progress on every indicator's status and on the summary", async () => {
    const api = (await (await fetch(`${baseUrl}/api/v1/progress?year=2020&asOf=${AS_OF}`)).json()) as { summary: Record<string, number>; indicators: { code: string; status: string }[] };
    await go(page, `/dashboard?asOf=${AS_OF}`);
    expect(await page.locator("h1").textContent()).toContain("2020年6月");
    const shown = await statusesOnPage(page);
    expect(shown).toEqual(Object.fromEntries(api.indicators.map((i) => [i.code, i.status])));
    const summary = await page.locator(".status-summary [data-summary]").evaluateAll((cards) =>
      Object.fromEntries(cards.map((c) => [c.getAttribute("data-summary"), Number(c.querySelector(".summary-count")?.textContent)])),
    );
    expect(summary).toEqual(api.summary);
  });

  it("drills from the bureau matrix to a bureau, then to an indicator whose chart renders with its table and explanation", async () => {
    await go(page, `/dashboard?asOf=${AS_OF}`);
    const bureauLink = page.locator("table.matrix").nth(1).locator("tbody tr[data-row=stats] th a");
    await bureauLink.click();
    await page.waitForURL((url) => url.pathname === "/dashboard/bureaus/stats");
    expect(await page.locator("h1").textContent()).toBe("市统计局（截至2020年6月）");
    const codes = Object.keys(await statusesOnPage(page));
    expect(codes).toContain("gdp-growth");
    expect(codes).toHaveLength(await db.target.count({ where: { year: 2020, department: { code: "stats" } } }));
    await shoot(page, "dashboard-bureau-zh");

    await page.locator("table.indicators tr[data-code=gdp-growth] th a").click();
    await page.waitForURL((url) => url.pathname === "/dashboard/indicators/gdp-growth");
    // Drawn on the client after hydration: actual and expected lines and the target band.
    await page.locator(".progress-chart-canvas").scrollIntoViewIfNeeded();
    await page.locator(".progress-chart-canvas svg .recharts-line").first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await page.locator(".progress-chart-canvas svg .recharts-line").count()).toBe(2);
    expect(await page.locator(".progress-chart-canvas svg .recharts-reference-area").count()).toBe(1);
    expect(await page.locator(".progress-chart-canvas").getAttribute("aria-label")).toMatch(/^截至2020年6月实际.+%.*全年目标5%—6%/);
    expect(await page.locator("[data-testid=chart-table] tbody tr").count()).toBe(12);
    expect(await page.locator("table.figures").textContent()).toContain(EXPLANATION);
    expect(await page.locator(".facts").textContent()).toMatch(/差距(低于|高于)目标[\d.]+个百分点|差距与目标持平/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-indicator-zh");
  });

  it("lists what is behind with the bureau's explanation and the pace needed", async () => {
    await go(page, `/dashboard/behind?asOf=${AS_OF}`);
    const api = (await (await fetch(`${baseUrl}/api/v1/progress?year=2020&asOf=${AS_OF}`)).json()) as { indicators: { code: string; status: string }[] };
    const lagging = api.indicators.filter((i) => i.status === "behind" || i.status === "off_track").map((i) => i.code);
    const listed = await page.locator(".behind-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-code")));
    expect([...listed].sort()).toEqual([...lagging].sort());
    if (lagging.includes("gdp-growth")) expect(await page.locator(".behind-item[data-code=gdp-growth]").textContent()).toContain(EXPLANATION);
    // The demo bureaus explain each lagging figure they report (projects report milestones, not figures).
    const unexplained = await page.locator(".behind-item:has(.behind-explanation .muted)").evaluateAll((items) => items.map((i) => i.getAttribute("data-code")));
    const byMilestones = new Set(((await (await fetch(`${baseUrl}/api/v1/tasks?year=2020`)).json()) as { tasks: { indicatorCode: string | null }[] }).tasks.map((t) => t.indicatorCode));
    expect(unexplained.filter((code) => !byMilestones.has(code))).toEqual([]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-behind-zh");
  });

  it("shows reporting completeness (a quarterly figure is not due in May) and the livelihood projects", async () => {
    await go(page, "/dashboard/completeness?asOf=2020-05");
    expect(await page.locator(".completeness").textContent()).not.toContain("地区生产总值增速");
    await go(page, "/dashboard/completeness?asOf=2020-06");
    expect(await page.locator("tr[data-bureau=stats]").count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-completeness-zh");
    await go(page, `/dashboard/projects?asOf=${AS_OF}`);
    expect(await page.locator(".project").count()).toBe(await db.task.count({ where: { year: 2020 } }));
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-projects-zh");
  });

  it("previews submitted figures only when asked, and marks them", async () => {
    await go(page, "/dashboard");
    expect(await page.locator("[data-testid=preview-notice]").count()).toBe(0);
    expect(await page.locator(".tag-preview").count()).toBe(0);
    // The demo's submitted figures are October's.
    await page.getByLabel("截至月份").selectOption("2020-10");
    await page.getByLabel("含已报送、待审核的数据").check();
    await page.getByRole("button", { name: "查看" }).click();
    await page.waitForURL((url) => url.searchParams.get("submitted") === "1");
    await page.locator("[data-testid=preview-notice]").waitFor();
    const submitted = await db.figure.count({ where: { year: 2020, status: "submitted" } });
    if (submitted > 0) expect(await page.locator("table.indicators .tag-preview").count()).toBeGreaterThan(0);
  });

  it("prints the briefing on A4 and reads in English too", async () => {
    await go(page, `/dashboard/briefing?asOf=${AS_OF}`);
    expect(await page.locator(".brief-section").count()).toBe(4);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    const pdf = await page.pdf({ path: shotPath("dashboard-briefing.pdf"), format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("h1").textContent()).toBe("Monthly briefing on the work report's targets (Jun 2020)");
    await shoot(page, "dashboard-briefing-en");
    await go(page, `/dashboard?asOf=${AS_OF}`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "dashboard-en");
    await go(page, `/dashboard/indicators/afforestation?asOf=${AS_OF}`);
    await page.locator(".progress-chart-canvas").scrollIntoViewIfNeeded();
    await page.locator(".progress-chart-canvas svg .recharts-line").first().waitFor({ state: "attached", timeout: 15_000 });
    await shoot(page, "dashboard-indicator-en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("saw no CSP violation and no script error on any page", () => {
    expect(problems).toEqual([]);
  });
});

describe("an official's dashboard", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn(official));
  });

  afterAll(async () => {
    await context.close();
  });

  it("shows only their bureau's indicators, and none of another bureau's pages", async () => {
    const shown = Object.keys(await statusesOnPage(page)).sort();
    const theirs = (await db.target.findMany({ where: { year: 2020, department: { code: official.bureau.code } }, select: { indicator: { select: { code: true } } } })).map((t) => t.indicator.code).sort();
    expect(shown).toEqual(theirs);
    expect(await page.locator(".dash-scope").textContent()).toContain(official.bureau.nameZh);
    const other = await db.target.findFirstOrThrow({ where: { year: 2020, department: { code: { not: official.bureau.code } } }, select: { indicator: { select: { code: true } }, department: { select: { code: true } } } });
    await go(page, `/dashboard/indicators/${other.indicator.code}`, 404);
    await go(page, `/dashboard/bureaus/${other.department.code}`, 404);
    await go(page, "/dashboard/behind");
    for (const code of await page.locator(".behind-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-code")))) expect(theirs).toContain(code);
    await go(page, "/dashboard/completeness");
    expect(await page.locator("tr[data-bureau]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-bureau")))).toEqual([official.bureau.code]);
    expect(problems).toEqual([]);
  });
});
