import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { REQUEST_MESSAGES } from "../../i18n/errors";
import { pickLocale } from "../../i18n/locale";
import { STATUS_BY_CODE } from "../errors";
import { CLIENT_IP_HEADER, resolveClientIp } from "./client-ip";
import { errorBody } from "./error-body";
import { isEmbedPath } from "../public/routes";
import { hasMalformedPercentEscape } from "./percent-escapes";
import { buildSecurityHeaders, createNonce } from "./security-headers";

export interface THardeningOptions {
  dev: boolean;
  /** Proxies whose X-Forwarded-* headers are believed (TRUST_PROXY); 0 = none. */
  trustedHops: number;
}

/** Headers a client could forge to pose as a proxy; meaningless when no proxy is trusted. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

function isHttps(req: IncomingMessage, trustedHops: number): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  const proto = req.headers["x-forwarded-proto"];
  return trustedHops > 0 && typeof proto === "string" && proto.split(",")[0]?.trim() === "https";
}

/**
 * What the app needs done before Next.js sees a request, which a route handler cannot do: security
 * headers on every response (static files and framework errors included), the nonce handed to Next's
 * renderer through the request's CSP header (where it reads it), the client address fixed by the
 * socket, and malformed path escapes under /api/v1 answered in the API's error shape.
 * Returns true when the request has been answered here.
 */
export function hardenRequest(req: IncomingMessage, res: ServerResponse, options: THardeningOptions, { renderForCache = false }: { renderForCache?: boolean } = {}): boolean {
  const target = req.url ?? "/";
  const frameable = isEmbedPath(target.split("?")[0] ?? target);
  const headers = buildSecurityHeaders({ nonce: createNonce(), dev: options.dev, https: isHttps(req, options.trustedHops), frameable });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // A render kept for every reader gets no nonce: the cache allows its inline code by hash instead.
  if (renderForCache) delete req.headers["content-security-policy"];
  else req.headers["content-security-policy"] = headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];

  const forwardedFor = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    remoteAddress: req.socket.remoteAddress,
    forwardedFor: typeof forwardedFor === "string" ? forwardedFor : undefined,
    trustedHops: options.trustedHops,
  });
  if (options.trustedHops === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];

  if ((target === "/api/v1" || target.startsWith("/api/v1/")) && hasMalformedPercentEscape(target)) {
    const requestId = randomUUID();
    const locale = pickLocale(req.headers["accept-language"]);
    const body = JSON.stringify(errorBody("INVALID", locale, requestId, REQUEST_MESSAGES.malformedPath()));
    res.writeHead(STATUS_BY_CODE.INVALID, { "content-type": "application/json", "x-request-id": requestId, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
  return false;
}
