import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "./client-ip";
import { hardenRequest, type THardeningOptions } from "./harden";

/** hardenRequest in a bare Node server whose "app" echoes the request headers it was handed. */
async function echoServer(options: THardeningOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (hardenRequest(req, res, options)) return;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let direct: { server: Server; url: string };
let proxied: { server: Server; url: string };

beforeAll(async () => {
  direct = await echoServer({ dev: false, trustedHops: 0 });
  proxied = await echoServer({ dev: false, trustedHops: 1 });
});

afterAll(() => {
  direct.server.close();
  proxied.server.close();
});

async function echo(url: string, headers: Record<string, string> = {}): Promise<{ response: Response; seen: IncomingHttpHeaders }> {
  const response = await fetch(url, { headers });
  return { response, seen: (await response.json()) as IncomingHttpHeaders };
}

describe("hardenRequest", () => {
  it("hands the app the same CSP the browser gets, with a new nonce each request", async () => {
    const first = await echo(`${direct.url}/`, { "content-security-policy": "script-src 'nonce-forged'" });
    const csp = first.response.headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/);
    expect(first.seen["content-security-policy"]).toBe(csp);
    const second = await echo(`${direct.url}/`);
    expect(second.response.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.response.headers.get("x-frame-options")).toBe("DENY");
    expect(first.response.headers.get("strict-transport-security")).toBeNull();
  });

  it("sets the client address from the socket, over anything the client sent, and drops forged forwarding headers", async () => {
    const { seen } = await echo(direct.url, { [CLIENT_IP_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" });
    expect(seen[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });

  it("believes X-Forwarded-For and -Proto through a trusted proxy", async () => {
    const { response, seen } = await echo(proxied.url, { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-forwarded-proto": "https" });
    expect(seen[CLIENT_IP_HEADER]).toBe("203.0.113.9");
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("answers a malformed escape under /api/v1 with the JSON 400 in the caller's language, and only there", async () => {
    const zh = await fetch(`${direct.url}/api/v1/indicators/%E0%A4%A`);
    expect(zh.status).toBe(400);
    expect(zh.headers.get("content-security-policy")).toBeTruthy();
    const body = (await zh.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error).toMatchObject({ code: "INVALID", message: "请求路径含有无效的百分号编码" });
    expect(body.error.requestId).toBe(zh.headers.get("x-request-id"));
    const en = await fetch(`${direct.url}/api/v1/%zz`, { headers: { "accept-language": "en-GB,en" } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe("The path contains a malformed percent escape");
    expect((await fetch(`${direct.url}/api/v1/indicators/gdp-growth`)).status).toBe(200);
    expect((await fetch(`${direct.url}/elsewhere/%E0%A4%A`)).status).toBe(200);
  });
});
