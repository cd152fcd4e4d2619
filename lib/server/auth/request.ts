import type { TDbClient } from "../db/client";
import { AppError } from "../errors";
import { findActorUser, isDisabled, toActor, type TActor } from "./actor";
import { getAuthEnv, trustedOrigins } from "./auth-env";
import { getAuth } from "./auth";
import { findTokenActor } from "./tokens";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", { "zh-CN": "Authorization 请求头应为 “Bearer <令牌>”", en: "The Authorization header must be “Bearer <token>”" });
  return match[1]!;
}

/**
 * A browser request that changes something must come from this site: its Origin (or, lacking
 * one, its Referer) must be this host or a configured trusted origin, and Sec-Fetch-Site must not
 * say cross-site. Clients that send none of these headers are not browsers and carry no ambient
 * cookie risk.
 */
export function isSameOriginRequest(request: Request): boolean {
  const host = request.headers.get("host");
  const allowed = new Set(trustedOrigins(getAuthEnv()));
  const sameHost = (origin: string) => {
    try {
      const url = new URL(origin);
      return allowed.has(url.origin) || (host !== null && url.host === host);
    } catch {
      return false;
    }
  };
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") {
    const origin = request.headers.get("origin");
    if (!origin || !allowed.has(origin)) return false;
  }
  const origin = request.headers.get("origin");
  if (origin !== null) return sameHost(origin);
  const referer = request.headers.get("referer");
  if (referer !== null) return sameHost(referer);
  return true;
}

async function sessionActor(db: TDbClient, request: Request): Promise<TActor | null> {
  const found = await getAuth().api.getSession({ headers: request.headers });
  if (!found) return null;
  const user = await findActorUser(db, Number(found.user.id));
  if (!user || isDisabled(user)) return null;
  return toActor(user, { sessionId: Number(found.session.id), tokenId: null });
}

/**
 * Who a request acts for: `Authorization: Bearer <token>` for machine clients, else the session
 * cookie (then a state-changing request must pass the origin check). Throws 401 without valid
 * credentials and 403 for a cross-origin browser write.
 */
export async function authenticate(db: TDbClient, request: Request): Promise<TActor> {
  const token = bearerToken(request);
  if (token !== null) {
    const actor = await findTokenActor(db, token);
    if (!actor) throw new AppError("UNAUTHENTICATED", { "zh-CN": "令牌无效、已过期或已撤销", en: "The token is invalid, expired or revoked" });
    return actor;
  }
  const actor = await sessionActor(db, request);
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (UNSAFE_METHODS.has(request.method) && !isSameOriginRequest(request)) {
    throw new AppError("FORBIDDEN", { "zh-CN": "拒绝来自其他网站的请求", en: "Requests from another site are refused" });
  }
  return actor;
}
