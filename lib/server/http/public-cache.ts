import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LOCALE_COOKIE, resolveLocale } from "../../i18n/locale-cookie";
import type { TLocale } from "../../i18n/locale";
import { isPublicPath } from "../public/routes";

/** A response as Next rendered it for an anonymous reader. */
export interface TRendered {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface TCachedResponse {
  headers: Record<string, string>;
  body: Buffer;
  /** The same body gzipped, when that is smaller. */
  gzip: Buffer | null;
  etag: string;
  /** HTML only: the script and style hashes its Content-Security-Policy must allow. */
  inline: TInlineHashes | null;
}

export interface TInlineHashes {
  scripts: string[];
  styles: string[];
}

/** Headers of Next's answer worth keeping; everything else (request ids, Next's own cache hints) is per response. */
const KEPT_HEADERS = ["content-type", "content-disposition", "content-language", "link"];

/** The session cookie of better-auth, with or without the __Secure- prefix. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

export interface TCacheableRequest {
  key: string;
  locale: TLocale;
  path: string;
}

/**
 * Whether a request can be answered from the cache: a GET or HEAD of a public path by an anonymous
 * reader (no session cookie, no token), not one of Next's client-navigation requests. The key holds
 * what the answer depends on: host (absolute links in feeds), language, path and query.
 */
export function cacheableRequest(req: IncomingMessage): TCacheableRequest | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (req.headers.authorization !== undefined) return null;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined || req.headers["next-action"] !== undefined) return null;
  const cookie = req.headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return null;
  const target = req.url ?? "/";
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (!isPublicPath(path)) return null;
  if (queryAt !== -1 && /(?:^|&)_rsc=/.test(target.slice(queryAt + 1))) return null;
  const locale = resolveLocale(readCookie(cookie, LOCALE_COOKIE), req.headers["accept-language"]);
  return { key: `${req.headers.host ?? ""}|${locale}|${target}`, locale, path };
}

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The inline <script> and <style> bodies of a page, hashed for its CSP (a cached page cannot carry a per-request nonce). */
export function hashInlineCode(html: string): TInlineHashes {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha256(m[1] ?? ""));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? ""));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

function toCached(rendered: TRendered): TCachedResponse {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) if (rendered.headers[name] !== undefined) headers[name] = rendered.headers[name];
  const isHtml = (headers["content-type"] ?? "").startsWith("text/html");
  const gzip = rendered.body.length > 512 ? gzipSync(rendered.body, { level: 9 }) : null;
  return {
    headers,
    body: rendered.body,
    gzip: gzip && gzip.length < rendered.body.length ? gzip : null,
    etag: `W/"${createHash("sha256").update(rendered.body).digest("base64url").slice(0, 32)}"`,
    inline: isHtml ? hashInlineCode(rendered.body.toString("utf8")) : null,
  };
}

export interface TPublicCacheOptions {
  /** Bytes of bodies kept (identity + gzip); the least recently used go first. */
  maxBytes?: number;
  /** The clock, in ms since the epoch (tests set it). */
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time, UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** When the day that `at` falls in ends in China: the next Beijing midnight. */
export function nextChinaMidnight(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS + 1) * DAY_MS - CHINA_OFFSET_MS;
}

/**
 * Rendered public responses, kept until a public change empties the cache (never on a timer): the
 * pages and API answers every anonymous reader of one language gets, so a busy day costs one
 * render per page per change instead of one per request. Concurrent misses of one key wait for a
 * single render; a render that started before a change is handed to its waiting requests but not
 * kept, so nothing rendered from old data outlives the change. Some answers depend on the date
 * (a project's deadline passes, the default "as of" month turns): nothing kept outlives the day in
 * China it was rendered on.
 */
export class PublicResponseCache {
  readonly #entries = new Map<string, TCachedResponse>();
  readonly #pending = new Map<string, Promise<TCachedResponse | TRendered>>();
  readonly #maxBytes: number;
  #bytes = 0;
  #generation = 0;
  readonly #now: () => number;
  #dayEndsAt: number;

  constructor(options: TPublicCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#now = options.now ?? Date.now;
    this.#dayEndsAt = nextChinaMidnight(this.#now());
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: string): boolean {
    this.#turnDay();
    return this.#entries.has(key);
  }

  /** At midnight in China, what was rendered yesterday goes, as after a change. */
  #turnDay(): void {
    const now = this.#now();
    if (now < this.#dayEndsAt) return;
    this.#dayEndsAt = nextChinaMidnight(now);
    this.clear();
  }

  /** After a public change: forget every response and every render in flight. */
  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#pending.clear();
    this.#bytes = 0;
  }

  /** The cached response, or `render` run once for all concurrent callers; non-200 answers are passed on uncached. */
  async get(key: string, render: () => Promise<TRendered>): Promise<TCachedResponse | TRendered> {
    this.#turnDay();
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const inFlight = this.#pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.#generation;
    const filling = render().then(
      (rendered) => {
        if (this.#pending.get(key) === filling) this.#pending.delete(key);
        if (rendered.status !== 200) return rendered;
        const cached = toCached(rendered);
        if (generation === this.#generation) this.#store(key, cached);
        return cached;
      },
      (error: unknown) => {
        if (this.#pending.get(key) === filling) this.#pending.delete(key);
        throw error;
      },
    );
    this.#pending.set(key, filling);
    return filling;
  }

  #store(key: string, cached: TCachedResponse): void {
    const size = cached.body.length + (cached.gzip?.length ?? 0);
    if (size > this.#maxBytes) return;
    this.#entries.set(key, cached);
    this.#bytes += size;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.length + (old.gzip?.length ?? 0);
    }
  }
}

export function isCachedResponse(answer: TCachedResponse | TRendered): answer is TCachedResponse {
  return "etag" in answer;
}

/** Whether the client's If-None-Match names this entity (weak comparison, as for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/** Whether the client takes gzip (and has not refused it with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding?.trim().toLowerCase() !== "gzip" && coding?.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Writes a cached response: 304 when the client already has it, else the body (gzipped when
 * accepted), with the caller's security headers already set on `res`.
 */
export function writeCached(req: IncomingMessage, res: ServerResponse, cached: TCachedResponse, extraHeaders: Record<string, string>): void {
  const common = {
    etag: cached.etag,
    "cache-control": "public, no-cache",
    vary: "Accept-Encoding, Accept-Language, Cookie",
    ...extraHeaders,
  };
  if (matchesEtag(req.headers["if-none-match"], cached.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const gzip = cached.gzip && acceptsGzip(req.headers["accept-encoding"]) ? cached.gzip : null;
  const body = gzip ?? cached.body;
  res.writeHead(200, { ...cached.headers, ...common, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": String(body.length) });
  res.end(req.method === "HEAD" ? undefined : body);
}
