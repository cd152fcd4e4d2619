import { gzipSync } from "node:zlib";
import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { indicatorPath, PUBLIC_PAGES } from "@/lib/server/public/routes";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
/** The budget for the overview: 150 KB of JavaScript, gzipped (KB of 1,000 bytes: the stricter reading). */
const OVERVIEW_BUDGET_BYTES = 150 * 1000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface TScriptSize {
  url: string;
  bytes: number;
  /** "gzip" (or another) when the server compressed it and that size is counted; "gzip -9" when it sent it plain and this test compressed it. */
  measuredAs: string;
}

/** Gzipped size of one script: the server's own compressed size when it compressed, else zlib level 9 of the body. */
async function scriptSize(response: Response): Promise<TScriptSize> {
  const encoding = (await response.headerValue("content-encoding")) ?? "";
  if (encoding && encoding !== "identity") {
    const sizes = await response.request().sizes();
    return { url: response.url(), bytes: sizes.responseBodySize, measuredAs: encoding };
  }
  return { url: response.url(), bytes: gzipSync(await response.body(), { level: 9 }).length, measuredAs: "gzip -9" };
}

/** Loads a page in a fresh context (empty cache) until the network is idle; every JavaScript response it loaded, sized. */
async function measureScripts(path: string): Promise<{ status: number; scripts: TScriptSize[]; total: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on("response", (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (response.request().resourceType() === "script" || type.includes("javascript")) responses.push(response);
    });
    const main = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const byUrl = new Map(responses.map((r) => [r.url(), r]));
    const scripts = await Promise.all([...byUrl.values()].map(scriptSize));
    return { status: main?.status() ?? 0, scripts, total: scripts.reduce((sum, s) => sum + s.bytes, 0) };
  } finally {
    await context.close();
  }
}

function report(label: string, measured: { status: number; scripts: TScriptSize[]; total: number }): void {
  const lines = [...measured.scripts].sort((a, b) => b.bytes - a.bytes).map((s) => `  ${(s.bytes / 1000).toFixed(1).padStart(7)} KB  ${s.measuredAs.padEnd(7)}  ${new URL(s.url).pathname}`);
  console.log(`${label} (HTTP ${measured.status}): ${measured.scripts.length} scripts, ${(measured.total / 1000).toFixed(1)} KB of JavaScript gzipped\n${lines.join("\n")}`);
}

describe("the JavaScript the public pages ship", () => {
  it("keeps the overview within 150 KB gzipped", async () => {
    const measured = await measureScripts(PUBLIC_PAGES.overview);
    report("Overview /", measured);
    expect(measured.status).toBe(200);
    // A page with no script at all would mean the measurement missed them, not a light page.
    expect(measured.scripts.length).toBeGreaterThan(0);
    expect(measured.total).toBeLessThanOrEqual(OVERVIEW_BUDGET_BYTES);
  });

  it("logs the figure for an indicator page (the issue sets no budget there)", async () => {
    const list = ZIndicatorList.parse(await (await fetch(`${baseUrl}/api/v1/indicators?year=2020`)).json());
    const path = indicatorPath(list.indicators[0]!.code);
    const measured = await measureScripts(path);
    report(`Indicator page ${path}`, measured);
    expect(measured.scripts.length).toBeGreaterThan(0);
  });
});
