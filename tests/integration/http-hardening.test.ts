import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZErrorBody } from "@/lib/contracts/common";
import { HTTP_METHODS, defineRoutes } from "@/lib/server/http/methods";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/server/http/read-body";
import { withRoute, type TRouteHandler } from "@/lib/server/http/route";
import { callRoute } from "../support/request";

/** A route with a body, counting the calls that reach its handler: a refused request must not. */
function echoRoute(maxBodyBytes?: number): { handler: TRouteHandler; calls: () => number } {
  let calls = 0;
  const handler = withRoute({
    schemas: { body: z.object({ note: z.string() }).strict() },
    maxBodyBytes,
    handler: async ({ body }) => {
      calls += 1;
      return { length: body.note.length };
    },
  });
  return { handler, calls: () => calls };
}

const EN = { "accept-language": "en" };

function note(bytes: number): string {
  return JSON.stringify({ note: "x".repeat(bytes - '{"note":""}'.length) });
}

function streamOf(text: string, chunkBytes = 4096): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkBytes));
      offset += chunkBytes;
    },
  });
}

describe("request bodies are bounded", () => {
  it("takes a body of exactly the limit and refuses one byte more, by Content-Length, with 413", async () => {
    const route = echoRoute();
    const atLimit = await callRoute(route.handler, "/x", { method: "POST", rawBody: note(DEFAULT_MAX_BODY_BYTES) });
    expect(atLimit.status).toBe(200);
    const over = await callRoute(route.handler, "/x", { method: "POST", rawBody: note(DEFAULT_MAX_BODY_BYTES + 1), headers: EN });
    expect(over.status).toBe(413);
    const { error } = ZErrorBody.parse(over.body);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toContain("64 KiB");
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(route.calls()).toBe(1);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const route = echoRoute();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const res = await callRoute(route.handler, "/x", { method: "PUT", rawBody: body, headers: { "content-length": String(10 * 2 ** 20) } });
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
    expect(route.calls()).toBe(0);
  });

  it("refuses a streamed body without a length once it passes the limit, without reading it all", async () => {
    const route = echoRoute();
    let served = 0;
    const fourMiB = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (served >= 4 * 2 ** 20) return controller.close();
        served += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const res = await callRoute(route.handler, "/x", { method: "POST", rawBody: fourMiB });
    expect(res.status).toBe(413);
    expect(ZErrorBody.parse(res.body).error.message).toContain("请求内容过大");
    expect(served).toBeLessThan(DEFAULT_MAX_BODY_BYTES * 2);
    expect(route.calls()).toBe(0);
  });

  it("lets a route raise or lower its own limit", async () => {
    const big = echoRoute(1024 * 1024);
    expect((await callRoute(big.handler, "/x", { method: "POST", rawBody: streamOf(note(200 * 1024)) })).status).toBe(200);
    const small = echoRoute(100);
    const res = await callRoute(small.handler, "/x", { method: "POST", rawBody: streamOf(note(101), 10), headers: EN });
    expect(res.status).toBe(413);
    expect(ZErrorBody.parse(res.body).error.message).toContain("100 B");
  });

  it("still answers malformed JSON and extra fields with 400, not 413", async () => {
    const route = echoRoute();
    const broken = await callRoute(route.handler, "/x", { method: "POST", rawBody: '{"note":' });
    expect(broken.status).toBe(400);
    expect(ZErrorBody.parse(broken.body).error.issues?.map((i) => i.path)).toEqual(["body"]);
    const extra = await callRoute(route.handler, "/x", { method: "POST", body: { note: "a", more: 1 } });
    expect(extra.status).toBe(400);
    expect(route.calls()).toBe(0);
  });
});

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("../../app/api/v1/**/route.ts");
const CATCH_ALL = "../../app/api/v1/[...path]/route.ts";

describe("methods", () => {
  it("finds the route files", () => {
    expect(Object.keys(ROUTE_FILES)).toContain("../../app/api/v1/indicators/route.ts");
    expect(Object.keys(ROUTE_FILES)).toContain(CATCH_ALL);
  });

  for (const [file, load] of Object.entries(ROUTE_FILES)) {
    it(`${file.replace("../../", "")} answers every method, a wrong one with a JSON 405 and Allow`, async () => {
      const mod = await load();
      for (const method of HTTP_METHODS) expect(typeof mod[method], `${file} exports ${method}`).toBe("function");
      const handlers = mod as Record<(typeof HTTP_METHODS)[number], TRouteHandler>;
      const options = await callRoute(handlers.OPTIONS, "/api/v1/probe", { method: "OPTIONS" });
      if (file === CATCH_ALL) {
        for (const method of HTTP_METHODS) {
          const res = await callRoute(handlers[method], "/api/v1/no-such-thing", { method, params: { path: "no-such-thing" } });
          expect(res.status, method).toBe(404);
        }
        return;
      }
      expect(options.status).toBe(204);
      const allow = options.headers.get("allow")?.split(", ") ?? [];
      expect(allow).toContain("OPTIONS");
      if (allow.includes("GET")) expect(allow).toContain("HEAD");
      const refused = HTTP_METHODS.filter((m) => !allow.includes(m));
      expect(refused.length).toBeGreaterThan(0);
      for (const method of refused) {
        const body = method === "GET" || method === "HEAD" ? undefined : { any: "thing" };
        const res = await callRoute(handlers[method], "/api/v1/probe", { method, headers: EN, body });
        expect(res.status, method).toBe(405);
        expect(res.headers.get("allow")).toBe(allow.join(", "));
        const { error } = ZErrorBody.parse(res.body);
        expect(error.code).toBe("METHOD_NOT_ALLOWED");
        if (method !== "HEAD") expect(error.message).toContain(method);
        expect(error.requestId).toBeTruthy();
      }
    });
  }

  it("answers HEAD like GET, without a body", async () => {
    const { GET, HEAD } = await import("@/app/api/v1/indicators/route");
    const get = await callRoute(GET, "/api/v1/indicators?year=2020");
    const head = await callRoute(HEAD, "/api/v1/indicators?year=2020", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
    expect(head.headers.get("cache-control")).toBe(get.headers.get("cache-control"));
  });

  it("gives 405 in Chinese by default and counts no handler call", async () => {
    let calls = 0;
    const routes = defineRoutes({ POST: withRoute({ schemas: {}, handler: async () => ++calls }) });
    const res = await callRoute(routes.DELETE, "/x", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    expect(ZErrorBody.parse(res.body).error.message).toBe("该接口不支持 DELETE 方法，可用：POST、OPTIONS");
    expect((await callRoute(routes.HEAD, "/x", { method: "HEAD" })).status).toBe(405);
    expect(calls).toBe(0);
  });
});

describe("query strings", () => {
  const yearRoutes = [
    ["indicators", () => import("@/app/api/v1/indicators/route"), {}],
    ["indicators/gdp-growth", () => import("@/app/api/v1/indicators/[code]/route"), { code: "gdp-growth" }],
    ["results", () => import("@/app/api/v1/results/route"), {}],
    ["tasks", () => import("@/app/api/v1/tasks/route"), {}],
  ] as const;

  it.each(["2.02e3", "0x7e4", " 2020 ", "2020.0", "+2020", "02020", "2020 ", "２０２０", "", "1e3", "Infinity"])(
    "refuses year=%j on every route that takes a year",
    async (year) => {
      for (const [path, load, params] of yearRoutes) {
        const { GET } = await load();
        const res = await callRoute(GET, `/api/v1/${path}?year=${encodeURIComponent(year)}`, { params, headers: EN });
        expect(res.status, path).toBe(400);
        const { error } = ZErrorBody.parse(res.body);
        expect(error.issues?.map((i) => i.path)).toEqual(["query.year"]);
        expect(error.message).toContain("year must be a whole year");
      }
    },
  );

  it("takes four digits", async () => {
    for (const [path, load, params] of yearRoutes) {
      const { GET } = await load();
      expect((await callRoute(GET, `/api/v1/${path}?year=2020`, { params })).status, path).toBe(200);
    }
  });

  it("refuses a repeated parameter, naming it, even when both values agree", async () => {
    const { GET } = await import("@/app/api/v1/indicators/route");
    for (const query of ["year=2020&year=2021", "year=2020&year=2020"]) {
      const res = await callRoute(GET, `/api/v1/indicators?${query}`);
      expect(res.status).toBe(400);
      const { error } = ZErrorBody.parse(res.body);
      expect(error.issues).toEqual([{ path: "query.year", message: "只能出现一次" }]);
      expect(error.message).toBe("请求无效：参数 year：只能出现一次");
    }
    const en = await callRoute(GET, "/api/v1/indicators?year=2020&year=2021", { headers: EN });
    expect(ZErrorBody.parse(en.body).error.message).toBe("Invalid request: year may be given only once");
  });
});
