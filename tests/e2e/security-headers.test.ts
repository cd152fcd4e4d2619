import { createHash } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");

const ALWAYS = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options", "cross-origin-opener-policy"];

function nonceOf(response: Response): string {
  const match = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "");
  if (!match?.[1]) throw new Error("no nonce in the CSP header");
  return match[1];
}

describe("security headers from the Node server", () => {
  it("are on a page, an API answer, a static file and a 404", async () => {
    const page = await fetch(`${baseUrl}/`);
    const html = await page.text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const responses = {
      page,
      api: await fetch(`${baseUrl}/api/v1/indicators`),
      asset: await fetch(`${baseUrl}${asset}`),
      missingPage: await fetch(`${baseUrl}/no-such-page`),
      missingApi: await fetch(`${baseUrl}/api/v1/no-such-endpoint`),
    };
    expect(responses.asset.status).toBe(200);
    expect(responses.missingPage.status).toBe(404);
    for (const [name, response] of Object.entries(responses)) {
      for (const header of ALWAYS) expect(response.headers.get(header), `${name} ${header}`).toBeTruthy();
      expect(response.headers.get("strict-transport-security"), name).toBeNull();
      expect(response.headers.get("x-powered-by"), name).toBeNull();
    }
    expect(responses.page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("give each page rendered per request its own nonce, and Next puts it on its scripts", async () => {
    const [first, second] = await Promise.all([fetch(`${baseUrl}/sign-in`), fetch(`${baseUrl}/sign-in`)]);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`);
  });

  it("allow a cached public page's inline scripts by their hashes, with no nonce and nothing inline allowed wholesale", async () => {
    await fetch(`${baseUrl}/`);
    const page = await fetch(`${baseUrl}/`);
    expect(page.headers.get("x-cache")).toBe("hit");
    const csp = page.headers.get("content-security-policy") ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(" ") ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc.some((source) => source.startsWith("'nonce-"))).toBe(false);
    const html = await page.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  });

  it("answer a malformed percent escape under /api/v1 with the JSON 400", async () => {
    const res = await fetch(`${baseUrl}/api/v1/indicators/%E0%A4%A`, { headers: { "accept-language": "en" } });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("INVALID");
    expect(body.error.message).toBe("The path contains a malformed percent escape");
    expect(body.error.requestId).toBeTruthy();
  });

  it("answer a wrong method with a JSON 405 and Allow through the whole stack", async () => {
    const res = await fetch(`${baseUrl}/api/v1/indicators`, { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
  });
});

describe("the home page in Chromium under the CSP", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [label, path, status] of [
    ["the home page", "/", 200],
    ["the sign-in page", "/sign-in", 200],
    ["the not-found page", "/no-such-page", 404],
  ] as const) {
    it(`${label} hydrates with no CSP violation`, async () => {
      const page = await browser.newPage();
      const complaints: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) complaints.push(message.text());
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(status);
      expect(await page.evaluate(() => (window as unknown as { next?: { appDir?: boolean } }).next?.appDir)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
      expect(complaints).toEqual([]);
      await page.close();
    });
  }
});
