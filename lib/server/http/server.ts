import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { LOCALE_COOKIE } from "../../i18n/locale-cookie";
import { forgetLoadsInFlight, publicChangeBus, type TChangeScope } from "../public/change-bus";
import { isEmbedPath } from "../public/routes";
import { createChangeRelay } from "./change-relay";
import { hardenRequest, type THardeningOptions } from "./harden";
import { cacheableRequest, hashInlineCode, isCachedResponse, PublicResponseCache, writeCached, type TCacheableRequest, type TCachedResponse, type TRendered } from "./public-cache";
import { buildContentSecurityPolicy, createNonce } from "./security-headers";

export interface TAppServerOptions extends THardeningOptions {
  dir: string;
  hostname: string | undefined;
  port: number;
  /** Shares public changes with the other instances (and Next's data cache, see next-cache-handler.mjs). */
  redisUrl?: string;
  redisKeyPrefix?: string;
}

export interface TAppServer {
  server: Server;
  listen(): Promise<void>;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then stops Next. */
  close(graceMs?: number): Promise<void>;
}

/** Marks the server's own requests that render a public response for the cache. */
const FILL_HEADER = "x-siping-cache-fill";

/**
 * Next.js behind a plain Node server that hardens every request first (see hardenRequest) and
 * answers anonymous readers of public pages and API from a cache of rendered responses
 * (public-cache.ts), emptied when a route announces a public change (change-bus.ts), here and,
 * through Redis, on every other instance.
 */
export async function createAppServer(options: TAppServerOptions): Promise<TAppServer> {
  const server = createServer();
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname ?? "localhost", port: options.port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Development renders every request afresh, as `next dev` users expect.
  const cache = options.dev ? null : new PublicResponseCache();
  const fillSecret = randomBytes(16).toString("hex");
  const onRemoteChange = () => {
    forgetLoadsInFlight();
    cache?.clear();
  };
  const relay = await createChangeRelay({ redisUrl: options.redisUrl, keyPrefix: options.redisKeyPrefix ?? "siping:", onRemoteChange });
  const onLocalChange = () => {
    forgetLoadsInFlight();
    cache?.clear();
    relay.publish();
  };
  const bus = publicChangeBus();
  bus.listeners.add(onLocalChange);

  const passToNext = (req: IncomingMessage, res: ServerResponse) => {
    // Emptied when the change is marked, and again when the response is done: Next ends it only after
    // its tags are revalidated, so from then on a refill reads the new data, and the second emptying
    // drops whatever was refilled in between. "close" covers an aborted response.
    const scope: TChangeScope = { changed: false, onChange: onLocalChange };
    let done = false;
    const settle = () => {
      if (done) return;
      done = true;
      if (scope.changed) onLocalChange();
    };
    res.once("finish", settle);
    res.once("close", settle);
    bus.scope.run(scope, () => {
      handle(req, res).catch((error: unknown) => {
        console.error(`${req.method} ${req.url}`, error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  };

  // A kept page's policy is the same for every reader: built once, when first served.
  const policies = new WeakMap<TCachedResponse, string>();
  const policyOf = (answer: TCachedResponse, path: string): string => {
    let policy = policies.get(answer);
    if (policy === undefined) {
      policy = buildContentSecurityPolicy({ nonce: createNonce(), dev: options.dev, inline: answer.inline, frameable: isEmbedPath(path) });
      policies.set(answer, policy);
    }
    return policy;
  };

  const render = (req: IncomingMessage, cacheable: TCacheableRequest) => renderForCache(server, req, cacheable, fillSecret);

  server.on("request", (req, res) => {
    const isFill = req.headers[FILL_HEADER] === fillSecret;
    delete req.headers[FILL_HEADER];
    if (hardenRequest(req, res, options, { renderForCache: isFill })) return;
    const cacheable = cache && !isFill ? cacheableRequest(req) : null;
    if (!cache || !cacheable) return passToNext(req, res);
    const wasCached = cache.has(cacheable.key);
    cache.get(cacheable.key, () => render(req, cacheable)).then(
      (answer) => {
        if (!isCachedResponse(answer)) return writeRendered(req, res, answer, options.dev);
        const extra: Record<string, string> = { "x-cache": wasCached ? "hit" : "miss" };
        if (answer.inline) extra["content-security-policy"] = policyOf(answer, cacheable.path);
        writeCached(req, res, answer, extra);
      },
      (error: unknown) => {
        console.error(`${req.method} ${req.url} (rendering for the public cache)`, error);
        if (!res.headersSent) res.writeHead(502);
        res.end();
      },
    );
  });

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.hostname, () => {
          server.off("error", reject);
          resolve();
        });
      }),
    close: async (graceMs = 10_000) => {
      bus.listeners.delete(onLocalChange);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await Promise.all([app.close(), relay.close()]);
    },
  };
}

/** Where this server can reach itself: its own address, or loopback when it listens on every interface. */
function ownAddress(server: Server): { host: string; port: number } {
  const address = server.address() as AddressInfo;
  const any = address.address === "::" || address.address === "0.0.0.0";
  return { host: any ? (address.family === "IPv6" ? "::1" : "127.0.0.1") : address.address, port: address.port };
}

/**
 * Asks this same server, as an anonymous reader of the request's language with no session and no
 * compression, for the response to keep. Through HTTP rather than a hand-made request object, so
 * Next sees exactly what it sees from any client.
 */
function renderForCache(server: Server, req: IncomingMessage, cacheable: TCacheableRequest, fillSecret: string): Promise<TRendered> {
  const { host, port } = ownAddress(server);
  return new Promise((resolve, reject) => {
    const fill = httpRequest(
      {
        host,
        port,
        method: "GET",
        path: req.url,
        headers: {
          host: req.headers.host ?? `${host}:${port}`,
          cookie: `${LOCALE_COOKIE}=${cacheable.locale}`,
          "accept-language": cacheable.locale,
          "accept-encoding": "identity",
          [FILL_HEADER]: fillSecret,
        },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(answer.headers)) if (typeof value === "string") headers[name] = value;
          resolve({ status: answer.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
        });
        answer.on("error", reject);
      },
    );
    fill.on("error", reject);
    fill.end();
  });
}

/** An answer not worth keeping (a 404, a redirect), passed on as rendered. */
function writeRendered(req: IncomingMessage, res: ServerResponse, rendered: TRendered, dev: boolean): void {
  if ((rendered.headers["content-type"] ?? "").startsWith("text/html")) {
    const inline = hashInlineCode(rendered.body.toString("utf8"));
    res.setHeader("content-security-policy", buildContentSecurityPolicy({ nonce: createNonce(), dev, inline }));
  }
  const skip = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);
  for (const [name, value] of Object.entries(rendered.headers)) if (!skip.has(name) && !res.hasHeader(name)) res.setHeader(name, value);
  res.writeHead(rendered.status, { "content-length": String(rendered.body.length), "cache-control": rendered.headers["cache-control"] ?? "no-store" });
  res.end(req.method === "HEAD" ? undefined : rendered.body);
}
