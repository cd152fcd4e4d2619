import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZEntryGrid, type TEntryGrid } from "@/lib/contracts/entry";
import { createUser } from "@/lib/server/accounts/users";
import { createDb, type TDb } from "@/lib/server/db/client";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";
import { shootBothWidths, snap } from "./support";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const ACTOR = { userId: null, sessionId: null, tokenId: null, label: "e2e" };
const PERIOD = "2020-11";
const NOVEMBER = 10;

let browser: Browser;
let db: TDb;
let context: BrowserContext;
let page: Page;
let grid: TEntryGrid;
const problems: string[] = [];

async function readGrid(p: Page): Promise<TEntryGrid> {
  return ZEntryGrid.parse(await (await p.request.get(`${baseUrl}/api/v1/figures?year=2020`)).json());
}

/** The input of a row's cell in a month column (November unless said), by its position attribute. */
const cellOf = (p: Page, rowIndex: number, col = NOVEMBER) => p.locator(`input[data-cell="${rowIndex}-${col}"]`);
const focusedCell = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? null);

function shoot(p: Page, name: string): Promise<void> {
  return shootBothWidths(p, name);
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(databaseUrl, { poolSize: 1 });
  const created = await createUser(db, { login: "e2e-entry-housing", role: "official", department: "housing", actor: ACTOR });
  await db.user.update({ where: { login: "e2e-entry-housing" }, data: { mustChangePassword: false } });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${baseUrl}/sign-in?next=%2Fentry`, { waitUntil: "networkidle" });
  await page.locator("input[autocomplete=username]").fill("e2e-entry-housing");
  await page.locator("input[autocomplete=current-password]").fill(created.password);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/entry", { timeout: 30_000 });
  grid = await readGrid(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await db?.$disconnect();
});

describe("an official's entry grid", () => {
  it("shows the bureau's indicators month by month, linked from the header, with import linked", async () => {
    expect(await page.locator("h1").textContent()).toBe("数据填报");
    expect(await page.locator(".site-header").getByRole("link", { name: "数据填报" }).getAttribute("href")).toBe("/entry");
    expect(await page.getByRole("link", { name: "Excel/CSV 批量导入" }).getAttribute("href")).toBe("/entry/import");
    expect(grid.department.code).toBe("housing");
    expect(await page.locator("table.entry-table tbody tr").count()).toBe(grid.rows.length);
    // A status beside each row reads as shape and word.
    expect(await page.locator("table.entry-table tbody tr").first().locator(".status .status-shape").textContent()).toMatch(/[★▲●▼■○]/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it("enters values with the keyboard: Enter saves and moves down, showing saving then saved", async () => {
    // Hold each save a moment so that "saving" can be seen (for this test only: an interception
    // left in place keeps later navigations from ever going idle).
    const hold = async (route: Route) => {
      if (route.request().method() === "PUT") await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    };
    await page.route("**/api/v1/figures/*/*", hold);
    await page.locator("[data-testid=month-picker]").selectOption(String(NOVEMBER + 1));
    const first = grid.rows[0]!;
    const target = first.target.value!;
    await cellOf(page, 0).click();
    await page.keyboard.type(String(target));
    await page.keyboard.press("Enter");
    expect(await focusedCell(page)).toBe(`1-${NOVEMBER}`);
    const row0 = page.locator("table.entry-table tbody tr").nth(0);
    await row0.locator(".phase-saving").waitFor({ timeout: 5_000 });
    await row0.locator(".phase-saved").waitFor({ timeout: 10_000 });
    expect(await cellOf(page, 0).inputValue()).toBe(String(target));
    expect((await readGrid(page)).rows[0]!.cells[NOVEMBER]!.figure).toMatchObject({ value: target, status: "draft" });
    // ArrowUp goes back, ArrowDown forward again.
    await page.keyboard.press("ArrowUp");
    expect(await focusedCell(page)).toBe(`0-${NOVEMBER}`);
    await page.keyboard.press("ArrowDown");
    expect(await focusedCell(page)).toBe(`1-${NOVEMBER}`);
    await page.unroute("**/api/v1/figures/*/*", hold);
  });

  it("meets a validation error as it types: nothing is saved and the cell keeps focus and the text", async () => {
    let puts = 0;
    page.on("request", (r) => r.method() === "PUT" && puts++);
    await page.keyboard.type("-5");
    await page.keyboard.press("Enter");
    const row1 = page.locator("table.entry-table tbody tr").nth(1);
    expect(await row1.locator(".cell-error").first().textContent()).toBe("该指标的数值不能为负数");
    expect(await focusedCell(page)).toBe(`1-${NOVEMBER}`);
    expect(await cellOf(page, 1).inputValue()).toBe("-5");
    expect(await cellOf(page, 1).getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await cellOf(page, 1).inputValue()).toBe("");
    await page.keyboard.type("abc");
    await page.keyboard.press("Tab");
    expect(await row1.locator(".cell-error").first().textContent()).toContain("请输入数字");
    expect(puts).toBe(0);
    await cellOf(page, 1).fill(String(grid.rows[1]!.target.value!));
    await cellOf(page, 1).press("Enter");
    await row1.locator(".phase-saved").waitFor({ timeout: 10_000 });
    expect(await row1.locator(".cell-error").count()).toBe(0);
  });

  it("shows both values when someone else saved meanwhile, even after the window regains focus, and keeps mine on request", async () => {
    const before = (await readGrid(page)).rows[0]!.cells[NOVEMBER]!.figure!;
    const mine = before.value! + 1;
    await cellOf(page, 0).click();
    await cellOf(page, 0).fill(String(mine));
    // Someone else (another session of the bureau) saves a value first.
    const theirs = await page.request.put(`${baseUrl}/api/v1/figures/${grid.rows[0]!.code}/${PERIOD}`, {
      headers: { origin: baseUrl, "content-type": "application/json" },
      data: { value: 7, version: before.version },
    });
    expect(theirs.status()).toBe(200);
    // Refocusing the window reads the grid again, and must not touch the cell being edited.
    const refetched = page.waitForResponse((r) => r.url().includes("/api/v1/figures?year=2020") && r.request().method() === "GET");
    await page.evaluate(() => {
      window.dispatchEvent(new Event("visibilitychange"));
      window.dispatchEvent(new Event("focus"));
    });
    await refetched;
    expect(await cellOf(page, 0).inputValue()).toBe(String(mine));
    await cellOf(page, 0).press("Enter");
    const dialog = page.locator("dialog.conflict-dialog");
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.locator("[data-testid=conflict-mine]").textContent()).toBe(String(mine));
    expect(await dialog.locator("[data-testid=conflict-theirs]").textContent()).toBe("7");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await snap(page, `entry-conflict-1280`);
    await dialog.getByRole("button", { name: "保留我的数值" }).click();
    await dialog.waitFor({ state: "detached", timeout: 10_000 });
    await page.locator("table.entry-table tbody tr").nth(0).locator(".phase-saved").waitFor({ timeout: 10_000 });
    expect((await readGrid(page)).rows[0]!.cells[NOVEMBER]!.figure).toMatchObject({ value: mine, version: before.version + 2 });
  });

  it("shows a cell's history in a panel: who, when, old → new", async () => {
    await page.locator("table.entry-table tbody tr").nth(0).locator(`td:nth-child(${NOVEMBER + 3}) .cell-more`).click();
    const panel = page.locator("[data-testid=figure-panel]");
    await panel.locator("[data-testid=history] li").first().waitFor();
    const entries = await panel.locator("[data-testid=history] li").allTextContents();
    expect(entries.length).toBe(3);
    expect(entries[0]).toContain(`7 → ${grid.rows[0]!.target.value! + 1}`);
    expect(entries[1]).toContain(`${grid.rows[0]!.target.value!} → 7`);
    expect(entries[0]).toContain("修改");
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await snap(page, `entry-panel-1280`);
    await panel.getByRole("button", { name: "关闭" }).click();
  });

  it("submits the month after confirming the blank indicators in a dialog", async () => {
    const submit = page.getByRole("button", { name: "提交2020年11月数据" });
    await submit.click();
    const dialog = page.locator("[data-testid=submit-dialog]");
    await dialog.waitFor();
    const blanks = grid.rows.slice(2);
    for (const row of blanks) expect(await dialog.textContent()).toContain(row.nameZh);
    const send = dialog.getByRole("button", { name: "提交审核" });
    if (blanks.length > 0) {
      expect(await send.isDisabled()).toBe(true);
      await dialog.getByLabel("我已确认以上指标本月空缺，仍然提交").check();
    }
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await snap(page, `entry-submit-1280`);
    await send.click();
    await page.getByText("已提交2项数据，等待审核。").waitFor({ timeout: 10_000 });
    const after = await readGrid(page);
    expect(after.rows.slice(0, 2).map((r) => r.cells[NOVEMBER]!.figure?.status)).toEqual(["submitted", "submitted"]);
    await page.locator("table.entry-table tbody tr").nth(0).getByText("已提交").first().waitFor();
    await shoot(page, "entry-zh");
  });

  it("tells blank, zero, not due and locked cells apart", async () => {
    await page.locator("[data-testid=month-picker]").selectOption("12");
    await cellOf(page, 1, 11).fill("0");
    await cellOf(page, 1, 11).press("Enter");
    await page.locator("table.entry-table tbody tr").nth(1).locator("td.is-selected .phase-saved").waitFor({ timeout: 10_000 });
    expect(await cellOf(page, 1, 11).inputValue()).toBe("0");
    expect((await readGrid(page)).rows[1]!.cells[11]!.figure?.value).toBe(0);
    expect(await cellOf(page, 2, 11).inputValue()).toBe("");
    expect(await cellOf(page, 2, 11).getAttribute("placeholder")).toBe("未填");

    const housing = await db.department.findUniqueOrThrow({ where: { code: "housing" }, select: { id: true } });
    await db.periodLock.create({ data: { year: 2020, month: 9, departmentId: housing.id, reason: "9月数据已报省住建厅" } });
    await page.goto(`${baseUrl}/entry`, { waitUntil: "networkidle" });
    const locked = page.locator("table.entry-table tbody tr").nth(0).locator("td.cell-locked").first();
    expect(await locked.textContent()).toContain("已锁定");
    expect(await locked.getAttribute("title")).toBe("2020年9月已锁定：9月数据已报省住建厅");
    expect(await page.locator(".notice-locks").textContent()).toContain("9月数据已报省住建厅");
    expect(await page.locator(`input[data-cell^="0-8"]`).count()).toBe(0);

    // A leader reads a bureau with a quarterly indicator: May is not due, and nothing is editable.
    const reader = await createUser(db, { login: "e2e-entry-leader", role: "leader", actor: ACTOR });
    await db.user.update({ where: { login: "e2e-entry-leader" }, data: { mustChangePassword: false } });
    const leaderContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const leader = await leaderContext.newPage();
    await leader.goto(`${baseUrl}/sign-in?next=%2Fentry%3Fdepartment%3Dstats`, { waitUntil: "networkidle" });
    await leader.locator("input[autocomplete=username]").fill("e2e-entry-leader");
    await leader.locator("input[autocomplete=current-password]").fill(reader.password);
    await leader.locator("main button[type=submit]").click();
    await leader.waitForURL((url) => url.pathname === "/entry", { timeout: 30_000 });
    await leader.locator("[data-testid=month-picker]").selectOption("5");
    const gdp = leader.locator("table.entry-table tbody tr").filter({ hasText: "地区生产总值" }).first();
    expect(await gdp.locator("td.cell-not-due").count()).toBe(8);
    expect(await gdp.locator("td.cell-not-due.is-selected").textContent()).toContain("不需填报");
    expect(await leader.locator("table.entry-table input").count()).toBe(0);
    expect(await leader.locator(".site-header").getByRole("link", { name: "数据填报" }).count()).toBe(0);
    expect(await findAccessibilityViolations(leader)).toEqual([]);
    await shoot(leader, "entry-leader");
    await leaderContext.close();
    expect(problems).toEqual([]);
  });

  it("keeps a value whose save failed, says so, and saves it on retry", async () => {
    const fail = (route: Route) => (route.request().method() === "PUT" ? route.abort("connectionrefused") : route.continue());
    await page.route("**/api/v1/figures/*/*", fail);
    const row0 = page.locator("table.entry-table tbody tr").nth(0);
    await cellOf(page, 0, 11).fill("105");
    await cellOf(page, 0, 11).press("Enter");
    // The save is retried twice on its own before the cell reports the failure.
    await row0.locator(".phase-failed").waitFor({ timeout: 15_000 });
    expect(await row0.locator(".phase-failed").textContent()).toContain("保存失败");
    expect(await cellOf(page, 0, 11).inputValue()).toBe("105");
    expect((await readGrid(page)).rows[0]!.cells[11]!.figure).toBeNull();
    await page.unroute("**/api/v1/figures/*/*", fail);
    await row0.getByRole("button", { name: "重试" }).click();
    await row0.locator(".phase-saved").waitFor({ timeout: 10_000 });
    expect((await readGrid(page)).rows[0]!.cells[11]!.figure?.value).toBe(105);
  });

  it("switches to English", async () => {
    await context.addCookies([{ name: "siping-locale", value: "en", url: baseUrl }]);
    await page.goto(`${baseUrl}/entry`, { waitUntil: "networkidle" });
    expect(await page.locator("h1").textContent()).toBe("Data entry");
    expect(await page.getByRole("link", { name: "Excel/CSV import" }).count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(page, "entry-en");
  });
});
