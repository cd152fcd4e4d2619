import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createUser } from "@/lib/server/accounts/users";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const ADMIN_LOGIN = "e2e-admin";
const ACTOR = { userId: null, sessionId: null, tokenId: null, label: "e2e" };
const NEW_LOGIN = "e2e-admin-new-stats";
const NEW_PASSWORD = "Siping-2020-new";
const LOCK_PERIOD = "2020-12";
const LOCK_REASON = "十二月数据已结账（端到端测试）";

let browser: Browser;
let db: TDb;
/** Demo logins exist only on the embedded database; the e2e database may be PostgreSQL. */
let adminPassword = "";
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

async function signIn(login: string, password: string, expectPath: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  const page = watch(await context.newPage());
  await page.goto(`${baseUrl}/sign-in?next=%2Fadmin`, { waitUntil: "networkidle" });
  await page.getByLabel("登录名", { exact: true }).fill(login);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.locator("main").getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname === expectPath, { timeout: 30_000 });
  return { context, page };
}

async function go(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(status);
}

/** Full-page screenshots at 1280 px and 375 px; the page must not scroll sideways on a phone. */
function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name, { top: true });
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  adminPassword = (await createUser(db, { login: ADMIN_LOGIN, role: "admin", actor: ACTOR })).password;
  await db.user.update({ where: { login: ADMIN_LOGIN }, data: { mustChangePassword: false } });
});

afterAll(async () => {
  // Leave the shared e2e database as found for the files after this one.
  await db?.periodLock.updateMany({ where: { year: 2020, month: 12, unlockedAt: null, reason: LOCK_REASON }, data: { unlockedAt: new Date(), unlockReason: "e2e cleanup" } });
  await browser?.close();
  await db?.$disconnect();
});

describe("an administrator", () => {
  let admin: { context: BrowserContext; page: Page };
  let oneTimePassword = "";

  beforeAll(async () => {
    admin = await signIn(ADMIN_LOGIN, adminPassword, "/admin");
  });
  afterAll(async () => {
    await admin.context.close();
  });

  it("sees the admin overview, linked from the header, with every section", async () => {
    const { page } = admin;
    expect(await page.locator("h1").textContent()).toBe("系统管理");
    expect(await page.locator(".site-header").getByRole("link", { name: "管理" }).getAttribute("href")).toBe("/admin");
    const tabs = await page.locator("nav.dash-tabs a").allTextContents();
    expect(tabs).toEqual(["概览", "审核", "用户", "单位", "指标配置", "月份锁定", "接口令牌", "审计日志", "演示数据"]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-index");
  });

  it("creates an official and is shown the one-time password once", async () => {
    const { page } = admin;
    await go(page, "/admin/users");
    const form = page.getByTestId("create-user-form");
    // Bad input first: a login with a space is refused on the page, in Chinese, and nothing is created.
    await form.getByLabel("登录名").fill("bad login");
    await form.getByRole("button", { name: "创建并生成一次性密码" }).click();
    expect(await form.locator(".form-error").textContent()).toContain("登录名只能用小写字母");
    await form.getByLabel("登录名").fill(NEW_LOGIN);
    await form.getByLabel("角色").selectOption("official");
    await form.getByLabel("所属单位").selectOption("stats");
    await form.getByLabel("姓名（可选）").fill("统计局新填报员");
    await form.getByRole("button", { name: "创建并生成一次性密码" }).click();
    await page.getByTestId("secret-value").waitFor();
    oneTimePassword = (await page.getByTestId("secret-value").textContent())!.trim();
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const row = page.locator(`tr[data-login="${NEW_LOGIN}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("待改初始密码");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-users");
    // The password is in this answer only: a reload shows no secret.
    await go(page, "/admin/users");
    expect(await page.getByTestId("one-time-secret").count()).toBe(0);
  });

  it("the new official signs in with it, must change it first, then can act", async () => {
    const official = await signIn(NEW_LOGIN, oneTimePassword, "/account/password");
    const { page } = official;
    await page.getByLabel("当前密码").fill(oneTimePassword);
    await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
    await page.locator("main").getByRole("button", { name: "修改密码" }).click();
    await page.locator(".form-success").waitFor({ state: "visible" });
    expect(await db.user.findUniqueOrThrow({ where: { login: NEW_LOGIN }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
    // An official has no admin pages.
    await go(page, "/admin/users", 404);
    await official.context.close();
  });

  it("locks a month, and the official's write to it gets 423", async () => {
    const { page } = admin;
    await go(page, "/admin/locks");
    const form = page.getByTestId("lock-form");
    await form.getByLabel("月份").selectOption(LOCK_PERIOD);
    await form.getByLabel("原因").fill(LOCK_REASON);
    await form.getByRole("button", { name: "锁定" }).click();
    const row = page.locator(`tr[data-period="${LOCK_PERIOD}"][data-open="true"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("锁定中");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-locks");

    const target = await db.target.findFirstOrThrow({
      where: { year: 2020, department: { code: "stats" }, frequency: "monthly", units: { none: {} }, indicator: { kind: { in: ["growth_rate", "cumulative", "level", "share"] } } },
      select: { indicator: { select: { code: true } } },
    });
    const official = await signIn(NEW_LOGIN, NEW_PASSWORD, "/admin");
    await official.page.goto(`${baseUrl}/account`, { waitUntil: "networkidle" });
    const write = await official.page.evaluate(
      async ({ code, period }) => {
        const response = await fetch(`/api/v1/figures/${code}/${period}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ value: 1 }) });
        return { status: response.status, body: (await response.json()) as { error?: { message?: string } } };
      },
      { code: target.indicator.code, period: LOCK_PERIOD },
    );
    expect(write.status).toBe(423);
    expect(write.body.error?.message).toContain(LOCK_REASON);
    await official.context.close();
  });

  it("finds the account creation and the lock in the audit log, filtered by actor", async () => {
    const { page } = admin;
    await go(page, "/admin/audit");
    const filter = page.getByTestId("audit-filter");
    await filter.getByLabel("操作人").selectOption(ADMIN_LOGIN);
    await filter.getByRole("button", { name: "查询" }).click();
    await page.waitForURL((url) => url.searchParams.get("actor") === ADMIN_LOGIN);
    const rows = page.locator("[data-testid=audit-table] tbody tr");
    const actors = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-actor")));
    expect(actors.length).toBeGreaterThan(1);
    expect(new Set(actors)).toEqual(new Set([ADMIN_LOGIN]));
    const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action")));
    expect(actions).toContain("user.create");
    expect(actions).toContain("period.lock");
    expect(await page.locator('tr[data-action="period.lock"]').first().textContent()).toContain(LOCK_REASON);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-audit");

    await go(page, `/admin/audit?actor=${NEW_LOGIN}`);
    const own = await page.locator("[data-testid=audit-table] tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action")));
    expect(own).toContain("user.password_change");
    await go(page, "/admin/audit?from=2020-13-01");
    expect(await page.locator(".form-error").textContent()).toContain("日期格式应为 YYYY-MM-DD");
  });

  it("creates an API token for the official (shown once), then revokes it", async () => {
    const { page } = admin;
    await go(page, "/admin/tokens");
    const form = page.getByTestId("token-form");
    await form.getByLabel("所属账户").selectOption(NEW_LOGIN);
    await form.getByLabel("用途").fill("统计局数据接口");
    await form.getByRole("button", { name: "创建令牌" }).click();
    await page.getByTestId("secret-value").waitFor();
    const token = (await page.getByTestId("secret-value").textContent())!.trim();
    expect(token).toMatch(/^spt_/);
    const api = await fetch(`${baseUrl}/api/v1/admin/tokens`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(403);
    const row = page.locator("[data-testid=tokens-table] tbody tr").filter({ hasText: NEW_LOGIN });
    expect(await row.textContent()).toContain("有效");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-tokens");
    await row.getByRole("button", { name: "撤销" }).click();
    await row.getByText("已撤销").waitFor();
    expect((await fetch(`${baseUrl}/api/v1/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it("adds a bureau, and a schedule that goes down is refused on the page with the month and the reason", async () => {
    const { page } = admin;
    await go(page, "/admin/departments");
    const create = page.locator("form").filter({ has: page.getByRole("button", { name: "新增单位" }) });
    await create.getByLabel("代码").fill("e2e-sports");
    await create.getByLabel("中文名称").fill("市体育局");
    await create.getByLabel("英文名称").fill("Sports Bureau");
    await create.getByRole("button", { name: "新增单位" }).click();
    await create.getByText("已新增市体育局。").waitFor();
    await page.locator("td.mono", { hasText: "e2e-sports" }).waitFor();

    await go(page, "/admin/indicators");
    const row = page.locator('tr[data-code="afforestation"]');
    await row.locator("summary").click();
    const inputs = row.locator("details input");
    expect(await inputs.count()).toBe(12);
    await inputs.nth(0).fill("50");
    await inputs.nth(1).fill("10");
    await row.getByRole("button", { name: "保存时序进度" }).click();
    expect(await row.locator("details .form-error").textContent()).toBe("2020年2月：累计比例不能比上个月小");
    expect(await db.auditLog.count({ where: { action: "target.schedule" } })).toBe(0);
  });

  it("every other admin page renders cleanly at both widths, in Chinese and in English", async () => {
    const { page } = admin;
    for (const name of ["departments", "indicators", "demo"]) {
      await go(page, `/admin/${name}`);
      expect(await findAccessibilityViolations(page), name).toEqual([]);
      await shoot(page, `admin-${name}`);
    }
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Demo data");
    await go(page, "/admin/users");
    expect(await page.locator("h1").textContent()).toBe("Users and roles");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "admin-users-en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用户与角色");
  });

  it("a leader reads the audit log (linked from the header) and the review queue, and no other admin page", async () => {
    const leaderPassword = (await createUser(db, { login: "e2e-admin-leader", role: "leader", actor: ACTOR })).password;
    await db.user.update({ where: { login: "e2e-admin-leader" }, data: { mustChangePassword: false } });
    const leader = await signIn("e2e-admin-leader", leaderPassword, "/admin");
    const { page } = leader;
    await go(page, `/admin/audit?actor=${ADMIN_LOGIN}`);
    expect(await page.locator(".site-header").getByRole("link", { name: "审计日志" }).getAttribute("href")).toBe("/admin/audit");
    expect(await page.locator(".site-header").getByRole("link", { name: "管理" }).count()).toBe(0);
    expect(await page.locator("nav.dash-tabs a").allTextContents()).toEqual(["审核", "审计日志"]);
    expect(await page.locator('[data-testid=audit-table] tr[data-action="period.lock"]').count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    for (const path of ["/admin", "/admin/users", "/admin/locks", "/admin/tokens", "/admin/demo"]) await go(page, path, 404);
    await leader.context.close();
  });

  it("logged no console error or CSP violation on any page", () => {
    expect(problems).toEqual([]);
  });
});
