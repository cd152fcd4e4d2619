import { mkdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { createUser } from "@/lib/server/accounts/users";
import type { TDb } from "@/lib/server/db/client";

const ACTOR = { userId: null, sessionId: null, tokenId: null, label: "e2e" };

/**
 * A login ready to use: created as `user create` does, its first-sign-in password change already
 * made (that journey has its own test, sign-in.test.ts).
 */
export async function createReadyUser(db: TDb, login: string, role: "leader" | "official" | "admin", department?: string): Promise<{ login: string; password: string }> {
  const created = await createUser(db, { login, role, department, actor: ACTOR });
  await db.user.update({ where: { login }, data: { mustChangePassword: false } });
  return { login, password: created.password };
}

/**
 * Where screenshots for a person to look at go: the folder E2E_SHOTS names
 * (`E2E_SHOTS=/tmp/siping-shots npm run test:e2e`). Without it none are taken, as in CI: a picture
 * asserts nothing, and full-page PNGs of long pages cost minutes.
 */
const SHOTS = process.env.E2E_SHOTS || null;

/** The path of a screenshot or PDF named `file`, or undefined when no screenshots are wanted. */
export function shotPath(file: string): string | undefined {
  if (!SHOTS) return undefined;
  mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, file);
}

/** One screenshot (PNG) of what the page shows now, when screenshots are wanted. */
export async function snap(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const file = shotPath(`${name}.png`);
  if (file) await page.screenshot({ path: file, ...options });
}

/**
 * The page at 1280 and 375 px: fails when the phone width scrolls sideways, naming the elements that
 * stick out, and takes full-page screenshots of both (`top`: also the first screen of each) when wanted.
 */
export async function shootBothWidths(page: Page, name: string, options: { top?: boolean } = {}): Promise<void> {
  await snap(page, `${name}-1280`, { fullPage: true });
  if (options.top) await snap(page, `${name}-1280-top`);
  await page.setViewportSize({ width: 375, height: 800 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-scroll"))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} at 375 px: ${wide.join(" ")}`).toBeLessThanOrEqual(0);
  await snap(page, `${name}-375`, { fullPage: true });
  if (options.top) await snap(page, `${name}-375-top`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Collects a page's uncaught exceptions and console errors into `problems` (CSP refusals reach the
 * console through reportViolations). Failed resource loads do not count: the 404 pages asked for on
 * purpose and a missing favicon are logged as such.
 */
export function watchPage(page: Page, problems: string[]): Page {
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return page;
}

/** An init script: Chromium reports CSP refusals as DOM events, not through the console API, so pass them on to it. */
export function reportViolations(): void {
  document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
}

/** Runs `work` over `items` with at most `limit` at a time (the machine is shared), answers in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A GET as any reader's client makes it, the body decoded as text (gunzipped when it is still
 * compressed). One connection per request: a kept-alive socket that the server closes while a
 * busy test process looks away fails the next request with "other side closed".
 */
export async function fetchText(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url, { headers: { "accept-encoding": "gzip", connection: "close", ...headers } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const body = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: body.toString("utf8") };
}
