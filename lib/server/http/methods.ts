import { randomUUID } from "node:crypto";
import { REQUEST_MESSAGES } from "../../i18n/errors";
import { pickLocale } from "../../i18n/locale";
import { errorResponse, type TRouteHandler } from "./route";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type THttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Every method a route file can export, from the ones it gives: HEAD follows GET without a body,
 * OPTIONS answers 204 with `Allow`, and every other method a JSON 405 with `Allow`. Next's own
 * answer to a missing method is an empty 405, outside the API's error shape.
 *
 *   export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({ GET: withRoute({ … }) });
 */
export function defineRoutes(given: Partial<Record<THttpMethod, TRouteHandler>>): Record<THttpMethod, TRouteHandler> {
  const allow = HTTP_METHODS.filter((m) => given[m] || (m === "HEAD" && given.GET) || m === "OPTIONS");
  const allowHeader = allow.join(", ");
  const get = given.GET;
  const derived: Partial<Record<THttpMethod, TRouteHandler>> = {
    HEAD: get && (async (request, context) => withoutBody(await get(request, context))),
    OPTIONS: async () => new Response(null, { status: 204, headers: { allow: allowHeader } }),
  };
  const notAllowed: TRouteHandler = async (request) => {
    const locale = pickLocale(request.headers.get("accept-language"));
    return errorResponse("METHOD_NOT_ALLOWED", locale, randomUUID(), REQUEST_MESSAGES.methodNotAllowed(request.method, allow), {
      headers: { allow: allowHeader },
      details: { allow },
    });
  };
  return Object.fromEntries(HTTP_METHODS.map((m) => [m, given[m] ?? derived[m] ?? notAllowed])) as Record<THttpMethod, TRouteHandler>;
}

function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}
