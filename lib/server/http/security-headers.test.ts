import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from "./security-headers";

/** Next reads the nonce back with this pattern (next/dist/server/app-render/get-script-nonce-from-header.js). */
const NEXT_NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe("content security policy", () => {
  it("lets scripts run only with this request's nonce, in a form Next reads back", () => {
    const nonce = createNonce();
    const csp = directives(buildContentSecurityPolicy({ nonce, dev: false }));
    const scripts = csp.get("script-src")!;
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(scripts[1]).toMatch(NEXT_NONCE_SOURCE);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    for (const sources of csp.values()) expect(sources).not.toContain("'unsafe-inline'");
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("adds eval and inline styles in development only, without a style nonce that would void them", () => {
    const nonce = createNonce();
    const csp = directives(buildContentSecurityPolicy({ nonce, dev: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows a cached page's inline code by hash only, and lets any site frame an embed", () => {
    const inline = { scripts: ["'sha256-AAA='", "'sha256-BBB='"], styles: ["'sha256-CCC='"] };
    const csp = directives(buildContentSecurityPolicy({ nonce: createNonce(), dev: false, inline }));
    expect(csp.get("script-src")).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'sha256-CCC='"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    const embed = buildSecurityHeaders({ nonce: createNonce(), dev: false, https: false, inline, frameable: true });
    expect(directives(embed["content-security-policy"]!).get("frame-ancestors")).toEqual(["*"]);
    expect(embed).not.toHaveProperty("x-frame-options");
  });

  it("draws a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("security headers", () => {
  it("carries the fixed headers, and HSTS only under https", () => {
    const plain = buildSecurityHeaders({ nonce: createNonce(), dev: false, https: false });
    expect(plain).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation"]) expect(plain["permissions-policy"]).toContain(`${feature}=()`);
    expect(plain).not.toHaveProperty("strict-transport-security");
    const secure = buildSecurityHeaders({ nonce: createNonce(), dev: false, https: true });
    expect(secure["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });
});
