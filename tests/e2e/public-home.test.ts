import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findAccessibilityViolations } from "./axe";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
/** Screenshots of each run, for a person to look at (git-ignored). */
const SHOTS = "tests/e2e/screenshots";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
  const response = await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  return page;
}

describe("public home page", () => {
  it("lists the 2020 targets by section in Chinese, with quotes and the demo label", async () => {
    const page = await open(1280);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    expect(await page.locator("h1").textContent()).toBe("2020年政府工作报告目标一览");
    const sections = await page.locator("section.section h2").allTextContents();
    expect(sections[0]).toContain("主要预期目标");
    expect(sections.some((s) => s.includes("10件民生实事"))).toBe(true);
    const rows = await page.locator("#main-targets tbody tr").count();
    expect(rows).toBe(5);
    const gdp = page.locator("#main-targets tbody tr").first();
    expect(await gdp.locator(".target-value").textContent()).toBe("5%—6%");
    expect(await gdp.locator(".quote").textContent()).toBe("地区生产总值增长5%—6%");
    expect(await page.getByText("23.6万亩", { exact: true }).count()).toBe(1);
    expect(await page.locator(".site-header .demo-badge").textContent()).toBe("演示数据");
    await page.screenshot({ path: `${SHOTS}/home-desktop.png`, fullPage: true });
    await page.close();
  });

  it("fits a 375 px phone without sideways scrolling", async () => {
    const page = await open(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/home-375.png`, fullPage: true });
    await page.close();
  });

  it("has no serious accessibility violations", async () => {
    const page = await open(1280);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("API over HTTP", () => {
  it("serves the indicators and rejects a bad year with a JSON 400", async () => {
    const ok = await fetch(`${baseUrl}/api/v1/indicators?year=2020`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { indicators: unknown[] };
    expect(body.indicators.length).toBeGreaterThan(40);
    const bad = await fetch(`${baseUrl}/api/v1/indicators?year=abc`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
  });
});
