import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createUser } from "@/lib/server/accounts/users";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { reportViolations, shootBothWidths, watchPage } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
/** Screenshots of each run, for a person to look at (git-ignored). */
const ACTOR = { userId: null, sessionId: null, tokenId: null, label: "e2e" };
const NEW_PASSWORD = "Siping-2020-spring";

let browser: Browser;
let db: TDb;
let bureau: { code: string; nameZh: string; nameEn: string };
let person: { login: string; password: string; displayName: string };
/** Console errors (CSP refusals among them) and uncaught exceptions from every page opened here. */
const problems: string[] = [];

const watch = (page: Page): Page => watchPage(page, problems);

async function openContext(locale = "zh-CN", width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  await context.addInitScript(reportViolations);
  return { context, page: watch(await context.newPage()) };
}

async function go(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
}

/** Full-page screenshots at 1280 px and 375 px; the page must not scroll sideways on a phone. */
function shoot(page: Page, name: string): Promise<void> {
  return shootBothWidths(page, name);
}

/** Waits for the form's message to read `text` (it is announced, so it appears after the answer). */
async function expectMessage(page: Page, selector: ".form-error" | ".form-success p", text: string): Promise<void> {
  const found = page.locator(`${selector}:visible`, { hasText: text });
  await found.waitFor({ timeout: 10_000 });
  expect(await found.textContent()).toBe(text);
}

async function switchLanguage(page: Page, to: "English" | "中文"): Promise<void> {
  await page.getByRole("button", { name: to }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to === "English" ? "en" : "zh-CN");
}

async function fillSignIn(page: Page, login: string, password: string, labels = { login: "登录名", password: "密码", submit: "登录" }): Promise<void> {
  await page.getByLabel(labels.login, { exact: true }).fill(login);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.locator("main").getByRole("button", { name: labels.submit }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  bureau = await db.department.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
  const displayName = "王晓明";
  const created = await createUser(db, { login: "e2e-wang", role: "official", department: bureau.code, displayName, actor: ACTOR });
  person = { login: created.user.login, password: created.password, displayName };
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("signing in, the forced password change and signing out", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openContext());
  });

  afterAll(async () => {
    await context.close();
  });

  it("sends a signed-out visitor from /account to the sign-in page, remembering where they were going", async () => {
    await go(page, "/");
    expect(await page.locator(".site-header").getByRole("link", { name: "登录" }).getAttribute("href")).toBe("/sign-in");
    await go(page, "/account");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/sign-in?next=%2Faccount");
    expect(await page.locator("h1").textContent()).toBe("登录");
    expect(await page.locator(".site-header .header-button").count()).toBe(0);
    expect(await page.getByLabel("登录名", { exact: true }).getAttribute("autocomplete")).toBe("username");
    expect(await page.getByLabel("密码", { exact: true }).getAttribute("autocomplete")).toBe("current-password");
  });

  it("says a wrong password is wrong without saying which field, and keeps what was typed", async () => {
    await fillSignIn(page, person.login, "not-the-password");
    await expectMessage(page, ".form-error", "登录名或密码不正确。");
    expect(await page.getByLabel("登录名", { exact: true }).inputValue()).toBe(person.login);
    expect(await page.getByLabel("密码", { exact: true }).inputValue()).toBe("not-the-password");
    await shoot(page, "sign-in-error-zh");
  });

  it("keeps the page, the error and the typed values when the language is switched", async () => {
    const before = page.url();
    await switchLanguage(page, "English");
    expect(page.url()).toBe(before);
    expect(await page.locator("h1").textContent()).toBe("Sign in");
    expect(await page.getByLabel("Login", { exact: true }).inputValue()).toBe(person.login);
    await expectMessage(page, ".form-error", "The login or password is incorrect.");
    await shoot(page, "sign-in-error-en");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await switchLanguage(page, "中文");
    expect(await page.locator("h1").textContent()).toBe("登录");
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it("takes a new account with its one-time password to the forced password change", async () => {
    await fillSignIn(page, person.login, person.password);
    await page.waitForURL(`${baseUrl}/account/password`);
    expect(await page.locator(".notice").textContent()).toContain("一次性密码");
    // Every other signed-in page sends it back here until the password is changed.
    await go(page, "/account");
    expect(new URL(page.url()).pathname).toBe("/account/password");
  });

  it("refuses a repeat that differs, then changes the password", async () => {
    await page.getByLabel("当前密码").fill(person.password);
    await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("再次输入新密码").fill(`${NEW_PASSWORD}x`);
    await page.locator("main").getByRole("button", { name: "修改密码" }).click();
    await expectMessage(page, ".form-error", "两次输入的新密码不一致。");
    await shoot(page, "password-forced-zh");
    await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
    await page.locator("main").getByRole("button", { name: "修改密码" }).click();
    await expectMessage(page, ".form-success p", "密码已修改，其他设备上的登录已全部退出。");
    await page.waitForFunction(() => document.querySelector(".notice") === null);
    const row = await db.user.findUniqueOrThrow({ where: { login: person.login }, select: { mustChangePassword: true } });
    expect(row.mustChangePassword).toBe(false);
  });

  it("shows the person on /account, in both languages, without accessibility violations", async () => {
    await page.locator(".form-success a").click();
    await page.waitForURL(`${baseUrl}/account`);
    const details = await page.locator("dl.details dd").allTextContents();
    expect(details).toEqual([person.displayName, person.login, "单位填报员", bureau.nameZh]);
    expect(await page.locator(".site-header .header-account").textContent()).toBe(person.displayName);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "account-zh");
    await switchLanguage(page, "English");
    expect(await page.locator("dl.details dd").allTextContents()).toEqual([person.displayName, person.login, "Bureau official", bureau.nameEn]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "account-en");
    await go(page, "/account/password");
    expect(await page.locator("h1").textContent()).toBe("Change password");
    await shoot(page, "password-en");
    await switchLanguage(page, "中文");
    await shoot(page, "password-zh");
  });

  it("signs out from the header and confirms it on the sign-in page", async () => {
    await page.locator(".site-header").getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(`${baseUrl}/sign-in?signedOut=1`);
    expect(await page.locator("main [role=status]").textContent()).toBe("您已退出登录。");
    await go(page, "/account");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("signs in with the new password, ignoring a next that leaves the site", async () => {
    await go(page, `/sign-in?next=${encodeURIComponent("//evil.example/steal")}`);
    await fillSignIn(page, person.login, person.password);
    await expectMessage(page, ".form-error", "登录名或密码不正确。");
    await fillSignIn(page, person.login, NEW_PASSWORD);
    await page.waitForURL(`${baseUrl}/account`);
  });

  it("signs out from /account and returns to a same-site next after signing in", async () => {
    await page.locator("main").getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(`${baseUrl}/sign-in?signedOut=1`);
    await go(page, `/sign-in?next=${encodeURIComponent("/account/password")}`);
    await fillSignIn(page, person.login, NEW_PASSWORD);
    await page.waitForURL(`${baseUrl}/account/password`);
    expect(await page.locator(".notice").count()).toBe(0);
  });
});

describe("refusals a person must understand", () => {
  it("names a disabled account (signing in from the keyboard)", async () => {
    const { user, password } = await createUser(db, { login: "e2e-disabled", role: "leader", actor: ACTOR });
    await db.user.update({ where: { id: user.id }, data: { banned: true } });
    const { context, page } = await openContext();
    await go(page, "/sign-in");
    // From the keyboard alone: focus the login, Tab to the password, Enter submits.
    await page.getByLabel("登录名", { exact: true }).focus();
    await page.keyboard.type(user.login);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await expectMessage(page, ".form-error", "该账户已被停用，请联系系统管理员。");
    await context.close();
  });

  it("after too many failures, says how many minutes to wait", async () => {
    const { context, page } = await openContext("en-US");
    await go(page, "/sign-in");
    const statuses = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 10; i++) {
        const r = await fetch("/api/auth/sign-in/username", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "e2e-guessed", password: `guess-${i}` }) });
        out.push(r.status);
      }
      return out;
    });
    expect(statuses).toEqual(Array(10).fill(401));
    await fillSignIn(page, "e2e-guessed", "guess-10", { login: "Login", password: "Password", submit: "Sign in" });
    await expectMessage(page, ".form-error", "Too many failed attempts. Try again in 15 minutes.");
    await context.close();
  });

  it("answers an English browser in English before any switch, and says when the server is unreachable", async () => {
    const { context, page } = await openContext("en-US");
    await go(page, "/sign-in");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await context.route("**/api/auth/sign-in/username", (route) => route.abort("internetdisconnected"));
    await fillSignIn(page, "someone", "whatever-it-is", { login: "Login", password: "Password", submit: "Sign in" });
    await expectMessage(page, ".form-error", "Could not reach the server. Check your connection and try again.");
    await context.close();
  });
});

describe("the pages' scripts and styles", () => {
  it("ran without a Content-Security-Policy refusal or any other console error", () => {
    expect(problems).toEqual([]);
  });
});
