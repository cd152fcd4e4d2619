import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, cacheableRequest, hashInlineCode, isCachedResponse, matchesEtag, nextChinaMidnight, PublicResponseCache, type TRendered } from "./public-cache";

function request(url: string, headers: Record<string, string> = {}, method = "GET"): IncomingMessage {
  return { method, url, headers: { host: "example.test", ...headers } } as unknown as IncomingMessage;
}

const page = (body: string, status = 200): TRendered => ({ status, headers: { "content-type": "text/html; charset=utf-8", "x-request-id": "r1" }, body: Buffer.from(body) });

describe("which requests the public cache answers", () => {
  it("answers anonymous GET and HEAD of public pages and API, keyed by host, language and the whole target", () => {
    expect(cacheableRequest(request("/"))?.key).toBe("example.test|zh-CN|/");
    expect(cacheableRequest(request("/api/v1/indicators?year=2020", {}, "HEAD"))?.key).toBe("example.test|zh-CN|/api/v1/indicators?year=2020");
    expect(cacheableRequest(request("/indicators/gdp", { "accept-language": "en-GB,en;q=0.9" }))?.locale).toBe("en");
    // The switch's cookie wins over the browser's preference.
    expect(cacheableRequest(request("/indicators/gdp", { "accept-language": "en", cookie: "a=1; siping-locale=zh-CN" }))?.locale).toBe("zh-CN");
  });

  it("leaves to Next whatever depends on who asks or is not public", () => {
    expect(cacheableRequest(request("/", {}, "POST"))).toBeNull();
    expect(cacheableRequest(request("/", { cookie: "better-auth.session_token=abc" }))).toBeNull();
    expect(cacheableRequest(request("/", { cookie: "__Secure-better-auth.session_token=abc" }))).toBeNull();
    expect(cacheableRequest(request("/api/v1/indicators", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheableRequest(request("/", { rsc: "1" }))).toBeNull();
    expect(cacheableRequest(request("/?_rsc=abc"))).toBeNull();
    expect(cacheableRequest(request("/dashboard"))).toBeNull();
    expect(cacheableRequest(request("/api/v1/figures?year=2020"))).toBeNull();
    expect(cacheableRequest(request("/api/v1/reviews"))).toBeNull();
  });
});

describe("PublicResponseCache", () => {
  it("renders once for every concurrent reader of a key, then answers from memory", async () => {
    const cache = new PublicResponseCache();
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return page("<p>一览</p>");
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.get("k", render)));
    expect(renders).toBe(1);
    expect(answers.every(isCachedResponse)).toBe(true);
    await cache.get("k", render);
    expect(renders).toBe(1);
    expect(cache.has("k")).toBe(true);
  });

  it("keeps only 200 answers, and only the headers that belong to the content", async () => {
    const cache = new PublicResponseCache();
    const missing = await cache.get("404", async () => page("not found", 404));
    expect(isCachedResponse(missing)).toBe(false);
    expect(cache.has("404")).toBe(false);
    const kept = await cache.get("ok", async () => page("x".repeat(2000)));
    if (!isCachedResponse(kept)) throw new Error("expected a cached answer");
    expect(kept.headers).toEqual({ "content-type": "text/html; charset=utf-8" });
    expect(kept.etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(gunzipSync(kept.gzip!).toString()).toBe("x".repeat(2000));
  });

  it("does not keep a render that a public change overtook, and renders again after it", async () => {
    const cache = new PublicResponseCache();
    let value = "old";
    let release: () => void = () => undefined;
    const slow = cache.get("k", async () => {
      const seen = value;
      await new Promise<void>((resolve) => (release = resolve));
      return page(seen);
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    value = "new";
    cache.clear();
    // A reader arriving after the change does not join the render that started before it.
    const fresh = cache.get("k", async () => page(value));
    release();
    const [before, after] = await Promise.all([slow, fresh]);
    expect(before.body.toString()).toBe("old");
    expect(after.body.toString()).toBe("new");
    const again = await cache.get("k", async () => page("never rendered"));
    expect(again.body.toString()).toBe("new");
  });

  it("keeps nothing past midnight in China, when a deadline passes or the default month turns", async () => {
    // 2020-11-30 23:59:59 in Beijing is 15:59:59 UTC.
    let now = Date.UTC(2020, 10, 30, 15, 59, 59);
    const cache = new PublicResponseCache({ now: () => now });
    await cache.get("k", async () => page("monday"));
    now += 500;
    expect((await cache.get("k", async () => page("unused"))).body.toString()).toBe("monday");
    now += 500;
    expect(cache.has("k")).toBe(false);
    expect((await cache.get("k", async () => page("tuesday"))).body.toString()).toBe("tuesday");
    expect(nextChinaMidnight(now)).toBe(Date.UTC(2020, 11, 1, 16));
    expect(nextChinaMidnight(Date.UTC(2020, 11, 1, 15, 59))).toBe(Date.UTC(2020, 11, 1, 16));
  });

  it("forgets the least recently used answers beyond its size", async () => {
    const cache = new PublicResponseCache({ maxBytes: 250 });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => page(key.repeat(100)));
    expect([cache.has("a"), cache.has("b"), cache.has("c")]).toEqual([false, true, true]);
    await cache.get("b", async () => page("unused"));
    await cache.get("d", async () => page("d".repeat(100)));
    expect([cache.has("b"), cache.has("c"), cache.has("d")]).toEqual([true, false, true]);
  });
});

describe("conditional and compressed answers", () => {
  it("matches If-None-Match weakly, in lists and with *", () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });

  it("sends gzip only to clients that take it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("hashInlineCode", () => {
  it("hashes inline scripts and styles, not script files", () => {
    const inline = "self.__next_f.push([1,\"四平\"])";
    const html = `<script src="/_next/static/a.js" async></script><script>${inline}</script><style>.a{color:red}</style>`;
    const digest = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(hashInlineCode(html)).toEqual({ scripts: [digest(inline)], styles: [digest(".a{color:red}")] });
  });
});
