import { randomBytes } from "node:crypto";
import type { TInlineHashes } from "./public-cache";

/** 128 bits, base64: the alphabet Next accepts when it reads the nonce back from the CSP header. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

export interface TSecurityOptions {
  nonce: string;
  /**
   * A cached page cannot carry a per-request nonce: its inline scripts and styles are allowed by
   * their hashes instead (public-cache.ts hashInlineCode), and its script files by origin.
   */
  inline?: TInlineHashes | null;
  /** An embed page (/embed/…), which other sites may show in a frame. */
  frameable?: boolean;
  /** `next dev` evaluates code and injects styles at run time. */
  dev: boolean;
  /** HSTS only reaches a browser over https, and pins plain-http intranet hosts if sent there. */
  https: boolean;
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's nonced loader pull its chunks); styles come from the app's own
 * stylesheets or nonced tags. Development needs eval and injected <style> tags, and a nonce
 * would make browsers ignore 'unsafe-inline', so dev styles carry none.
 */
export function buildContentSecurityPolicy({ nonce, dev, inline, frameable }: Pick<TSecurityOptions, "nonce" | "dev" | "inline" | "frameable">): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": inline ? ["'self'", ...inline.scripts] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : inline ? ["'self'", ...inline.styles] : ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": [frameable ? "*" : "'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

const PERMISSIONS_POLICY = ["accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Headers every response carries: pages, API, static files and errors. */
export function buildSecurityHeaders(options: TSecurityOptions): Record<string, string> {
  return {
    "content-security-policy": buildContentSecurityPolicy(options),
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    ...(options.frameable ? {} : { "x-frame-options": "DENY" }),
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
