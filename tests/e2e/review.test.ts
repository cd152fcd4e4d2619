import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZFigure, type TFigure } from "@/lib/contracts/figures";
import { ZIndicatorDetail } from "@/lib/contracts/indicators";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { createReadyUser, shootBothWidths, snap, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const REASON = "11月造林面积与林业局台账不一致，请核对后重新报送";

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

/** A same-origin call from the signed-in page, as the bureau's own page would make it. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, path, body },
  );
}

async function publicValue(code: string, period: string): Promise<number | null | undefined> {
  const detail = ZIndicatorDetail.parse(await (await fetch(`${baseUrl}/api/v1/indicators/${code}?year=2020`)).json());
  return detail.figures.find((f) => f.period === period)?.value;
}

function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

let leader: { login: string; password: string };
let forestry: { login: string; password: string };
let ecology: { login: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  leader = await makeUser("e2e-review-leader", "leader");
  forestry = await makeUser("e2e-review-forestry", "official", "forestry");
  ecology = await makeUser("e2e-review-ecology", "official", "ecology");
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the review queue", () => {
  let officialPage: Page;
  let leaderPage: Page;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const official = await signedIn(forestry);
    const reviewer = await signedIn(leader);
    contexts.push(official.context, reviewer.context);
    officialPage = official.page;
    leaderPage = reviewer.page;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  it("is linked from a leader's dashboard and closed to officials", async () => {
    const link = leaderPage.locator("[data-testid=review-link]");
    expect(await link.getAttribute("href")).toBe("/admin/review");
    expect(await officialPage.locator("[data-testid=review-link]").count()).toBe(0);
    await officialPage.goto(`${baseUrl}/admin/review`, { waitUntil: "networkidle" });
    expect(await officialPage.locator("h1").textContent()).toBe("无权查看审核队列");
    expect(await officialPage.locator("[data-testid=review-item]").count()).toBe(0);
  });

  it("an official submits, the leader returns with a reason, the official sees it, fixes and resubmits, the leader approves, the public sees it", async () => {
    const path = "/api/v1/figures/afforestation/2020-11";
    const put = await api(officialPage, "PUT", path, { value: 21.8, note: "秋季造林", explanation: "秋季造林集中在10月下旬至11月" });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const submitted = await api(officialPage, "POST", `${path}/submit`, { version: ZFigure.parse(put.body).version });
    expect(submitted.status).toBe(200);
    const seen: TFigure = ZFigure.parse(submitted.body);

    await leaderPage.goto(`${baseUrl}/admin/review?department=forestry&period=2020-11`, { waitUntil: "networkidle" });
    expect(await leaderPage.locator("h1").textContent()).toBe("审核队列");
    const item = leaderPage.locator("[data-testid=review-item][data-code=afforestation]");
    await item.waitFor();
    expect(await item.locator(".review-value").textContent()).toBe("21.8万亩");
    expect(await item.textContent()).toContain("秋季造林集中在10月下旬至11月");
    expect(await item.locator(".status .status-shape").textContent()).toMatch(/[★▲●▼■○]/);
    await item.locator("summary").click();
    expect(await item.locator(".review-history li").count()).toBe(2);

    await item.getByRole("button", { name: /^退回：/ }).click();
    const dialog = leaderPage.getByRole("dialog");
    await dialog.waitFor();
    expect(await findAccessibilityViolations(leaderPage)).toEqual([]);
    await shoot(leaderPage, "review-dialog");
    await dialog.getByRole("button", { name: "确认退回" }).click();
    expect(await dialog.getByRole("alert").textContent()).toBe("请填写退回原因。");
    await dialog.getByLabel("退回原因").fill(REASON);
    await dialog.getByRole("button", { name: "确认退回" }).click();
    await leaderPage.locator("[data-testid=review-message]").filter({ hasText: "已退回" }).waitFor();
    await item.waitFor({ state: "detached" });

    // The official, still at the version they submitted, is told the figure changed: the current one carries the reason.
    const stale = await api(officialPage, "PUT", path, { value: 22.4, version: seen.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { current: { status: "returned", returnReason: REASON, value: 21.8 } } });
    const current = ZFigure.parse((stale.body as { error: { current: unknown } }).error.current);
    const fixed = await api(officialPage, "PUT", path, { value: 22.4, note: "秋季造林（已核对台账）", version: current.version });
    expect(fixed.status).toBe(200);
    expect(ZFigure.parse(fixed.body)).toMatchObject({ status: "draft", returnReason: REASON, value: 22.4 });
    const resubmitted = await api(officialPage, "POST", `${path}/submit`, { version: ZFigure.parse(fixed.body).version });
    expect(ZFigure.parse(resubmitted.body)).toMatchObject({ status: "submitted", returnReason: null });
    expect(await publicValue("afforestation", "2020-11")).toBeUndefined();

    await leaderPage.reload({ waitUntil: "networkidle" });
    await item.waitFor();
    expect(await item.locator(".review-value").textContent()).toBe("22.4万亩");
    await item.locator("summary").click();
    expect(await item.locator(".review-history").textContent()).toContain(REASON);
    await item.getByRole("button", { name: /^审核通过：/ }).click();
    await leaderPage.locator("[data-testid=review-message]").filter({ hasText: "已审核通过并公开" }).waitFor();
    await item.waitFor({ state: "detached" });
    expect(await publicValue("afforestation", "2020-11")).toBe(22.4);
    const stored = await db.figure.findFirstOrThrow({
      where: { year: 2020, month: 11, indicator: { code: "afforestation" } },
      select: { author: { select: { login: true } }, reviewedBy: { select: { login: true } } },
    });
    expect(stored).toEqual({ author: { login: forestry.login }, reviewedBy: { login: leader.login } });
  });

  it("approves a bureau's whole month from the page in one go", async () => {
    const official = await signedIn(ecology);
    contexts.push(official.context);
    for (const [code, value] of [["good-air-days", 24], ["pm25-mean", 41]] as const) {
      const put = await api(official.page, "PUT", `/api/v1/figures/${code}/2020-11`, { value, explanation: code === "pm25-mean" ? "11月供暖季开始，PM2.5浓度上升" : undefined });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect((await api(official.page, "POST", `/api/v1/figures/${code}/2020-11/submit`)).status).toBe(200);
    }
    await leaderPage.goto(`${baseUrl}/admin/review?year=2020`, { waitUntil: "networkidle" });
    const group = leaderPage.locator("[data-testid=review-group][data-department=ecology][data-period='2020-11']");
    await group.waitFor();
    expect(await group.locator("[data-testid=review-item]").count()).toBe(2);
    expect(await findAccessibilityViolations(leaderPage)).toEqual([]);
    await shoot(leaderPage, "review-queue-zh");
    await group.getByRole("button", { name: "本月全部通过（2 条）" }).click();
    await leaderPage.locator("[data-testid=review-message]").filter({ hasText: "已通过" }).waitFor();
    await group.waitFor({ state: "detached" });
    expect(await publicValue("good-air-days", "2020-11")).toBe(24);
    expect(await publicValue("pm25-mean", "2020-11")).toBe(41);
  });

  it("tells the leader when the figure changed under them, and shows the queue as it is now", async () => {
    const official = await signedIn(ecology);
    contexts.push(official.context);
    const path = "/api/v1/figures/pm25-mean/2020-12";
    expect((await api(official.page, "PUT", path, { value: 48 })).status).toBe(200);
    expect((await api(official.page, "POST", `${path}/submit`)).status).toBe(200);
    await leaderPage.goto(`${baseUrl}/admin/review?department=ecology&period=2020-12`, { waitUntil: "networkidle" });
    const item = leaderPage.locator("[data-testid=review-item][data-code=pm25-mean]");
    await item.waitFor();
    // The bureau takes the figure back to correct it while the leader is looking at it.
    expect((await api(official.page, "PUT", path, { value: 46 })).status).toBe(200);
    await item.getByRole("button", { name: /^审核通过：/ }).click();
    const alert = leaderPage.getByRole("alert").filter({ hasText: "已被他人修改" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("（已刷新为最新数据）");
    await item.waitFor({ state: "detached" });
    await snap(leaderPage, `review-conflict-1280`);
    expect(await publicValue("pm25-mean", "2020-12")).toBeUndefined();
  });

  it("shows a leader's own figure as not theirs to review, with why", async () => {
    // An official who entered a figure and was then made a leader.
    const promoted = await makeUser("e2e-review-promoted", "official", "science");
    const official = await signedIn(promoted);
    contexts.push(official.context);
    const path = "/api/v1/figures/high-tech-and-tech-giant-growth/2020-12";
    expect((await api(official.page, "PUT", path, { value: 12.5 })).status).toBe(200);
    expect((await api(official.page, "POST", `${path}/submit`)).status).toBe(200);
    await official.context.close();
    await db.user.update({ where: { login: promoted.login }, data: { role: "leader", departmentId: null } });
    const asLeader = await signedIn(promoted);
    contexts.push(asLeader.context);
    await asLeader.page.goto(`${baseUrl}/admin/review?department=science&period=2020-12`, { waitUntil: "networkidle" });
    const item = asLeader.page.locator("[data-testid=review-item][data-code=high-tech-and-tech-giant-growth]");
    expect(await item.locator(".review-block").textContent()).toBe("这是您本人填报的数据，不能由您审核，须由其他审核人员审核。");
    expect(await item.getByRole("button").count()).toBe(0);
    expect(await asLeader.page.locator("[data-testid=review-group]").textContent()).toContain("本组没有您可以审核的数据。");
    await leaderPage.goto(`${baseUrl}/admin/review?department=science&period=2020-12`, { waitUntil: "networkidle" });
    expect(await leaderPage.locator("[data-testid=review-item][data-code=high-tech-and-tech-giant-growth]").getByRole("button", { name: /^审核通过：/ }).count()).toBe(1);
  });

  it("reads in English and passes axe there too", async () => {
    await leaderPage.goto(`${baseUrl}/admin/review`, { waitUntil: "networkidle" });
    await leaderPage.getByRole("button", { name: "English" }).click();
    await leaderPage.waitForFunction(() => document.documentElement.lang === "en");
    expect(await leaderPage.locator("h1").textContent()).toBe("Review queue");
    expect(await findAccessibilityViolations(leaderPage)).toEqual([]);
    await shoot(leaderPage, "review-queue-en");
    expect(problems).toEqual([]);
  });
});
