import { gzipSync } from "node:zlib";
import type { Browser, Request, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { indicatorPath, PUBLIC_PAGES } from "@/lib/server/public/routes";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
/** The issue's budget for the overview: 150 KB of JavaScript, gzipped, in the KiB browsers and Lighthouse report (the log gives both). */
const OVERVIEW_BUDGET_BYTES = 150 * 1024;
/** How long no script may be requested or in flight before the page's scripts count as loaded. */
const QUIET_MS = 3_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface TScriptSize {
  url: string;
  /** What counts: the server's compressed size when it compressed (what a reader downloads), else `gzip9`. */
  bytes: number;
  /** The server's Content-Encoding ("gzip"), or null when it sent the script plain. */
  encoding: string | null;
  /** zlib level 9 of the decoded body, for comparison whatever the server did. */
  gzip9: number;
}

interface TMeasured {
  status: number;
  scripts: TScriptSize[];
  total: number;
  stillLoading: string[];
  /** Scripts the page's own markup references that the measurement did not count: must be none. */
  uncounted: string[];
}

/** Gzipped size of one script: the server's own compressed size when it compressed, else zlib level 9 of the body. */
async function scriptSize(response: Response): Promise<TScriptSize> {
  const header = (await response.headerValue("content-encoding")) ?? "";
  const encoding = header && header !== "identity" ? header : null;
  const gzip9 = gzipSync(await response.body(), { level: 9 }).length;
  const bytes = encoding ? (await response.request().sizes()).responseBodySize : gzip9;
  return { url: response.url(), bytes, encoding, gzip9 };
}

const isScript = (request: Request) => request.resourceType() === "script";

/**
 * Loads a page in a fresh context (empty cache) and waits until its scripts are done: the page has
 * loaded and no script has been requested or in flight for QUIET_MS (chunks loaded after
 * hydration count too). Not the whole network: Next prefetches the pages the header links to,
 * which on a busy machine keeps the network busy for minutes without loading any script; what
 * is still in flight then is logged. The server renders the page once first, so its first render
 * on a busy machine does not outlast the navigation timeout (only the bytes are measured here).
 */
async function measureScripts(path: string): Promise<TMeasured> {
  await fetch(`${baseUrl}${path}`).then((r) => r.arrayBuffer());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    const pending = new Set<Request>();
    let lastScriptActivity = performance.now();
    page.on("request", (request) => {
      pending.add(request);
      if (isScript(request)) lastScriptActivity = performance.now();
    });
    const settle = (request: Request) => {
      pending.delete(request);
      if (isScript(request)) lastScriptActivity = performance.now();
    };
    page.on("requestfinished", settle);
    page.on("requestfailed", settle);
    page.on("response", (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (isScript(response.request()) || type.includes("javascript")) responses.push(response);
    });
    const main = await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 120_000 });
    const deadline = performance.now() + 60_000;
    while ([...pending].some(isScript) || performance.now() - lastScriptActivity < QUIET_MS) {
      if (performance.now() > deadline) throw new Error(`scripts still loading after 60 s: ${[...pending].filter(isScript).map((r) => r.url()).join(", ")}`);
      await page.waitForTimeout(100);
    }
    const byUrl = new Map(responses.map((r) => [r.url(), r]));
    // Next's polyfills are a nomodule script, which a modern browser never downloads.
    const referenced = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>("script[src]:not([nomodule])")].map((s) => s.src));
    const scripts = await Promise.all([...byUrl.values()].map(scriptSize));
    return {
      status: main?.status() ?? 0,
      scripts,
      total: scripts.reduce((sum, s) => sum + s.bytes, 0),
      stillLoading: [...pending].map((r) => `${r.resourceType()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`),
      uncounted: referenced.filter((src) => !byUrl.has(src)),
    };
  } finally {
    await context.close();
  }
}

function report(label: string, measured: TMeasured): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const lines = [...measured.scripts]
    .sort((a, b) => b.bytes - a.bytes)
    .map((s) => `  ${kb(s.bytes).padStart(9)}  ${s.encoding ? `server ${s.encoding}` : "gzip -9"}  (gzip -9: ${kb(s.gzip9)})  ${new URL(s.url).pathname}`);
  const gzip9 = measured.scripts.reduce((sum, s) => sum + s.gzip9, 0);
  const busy = measured.stillLoading.length > 0 ? `\n  (other requests still in flight when measured: ${measured.stillLoading.join(", ")})` : "";
  console.log(`${label} (HTTP ${measured.status}): ${measured.scripts.length} scripts, ${kb(measured.total)} of JavaScript gzipped (${(measured.total / 1024).toFixed(1)} KiB; all gzip -9: ${kb(gzip9)})\n${lines.join("\n")}${busy}`);
}

describe("the JavaScript the public pages ship", () => {
  it("keeps the overview within 150 KB gzipped", { timeout: 240_000 }, async () => {
    const measured = await measureScripts(PUBLIC_PAGES.overview);
    report("Overview /", measured);
    expect(measured.status).toBe(200);
    // Every script the markup loads is counted (and there are some: none would mean a blind measurement, not a light page).
    expect(measured.uncounted).toEqual([]);
    expect(measured.scripts.length).toBeGreaterThan(0);
    expect(measured.total).toBeLessThanOrEqual(OVERVIEW_BUDGET_BYTES);
  });

  it("logs the figure for an indicator page (the issue sets no budget there)", { timeout: 240_000 }, async () => {
    const list = ZIndicatorList.parse(await (await fetch(`${baseUrl}/api/v1/indicators?year=2020`)).json());
    const path = indicatorPath(list.indicators[0]!.code);
    const measured = await measureScripts(path);
    report(`Indicator page ${path}`, measured);
    expect(measured.uncounted).toEqual([]);
    expect(measured.scripts.length).toBeGreaterThan(0);
  });
});
