import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale-cookie";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { renderAtomFeed } from "@/lib/server/public/atom";
import { loadFeedEntries } from "@/lib/server/public/feed";
import { cachedPublic } from "@/lib/server/public/cached";

/** The language switch's cookie, read from the request as the pages read it. */
function localeCookie(request: Request): string | undefined {
  const pair = request.headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return pair?.slice(LOCALE_COOKIE.length + 1);
}

const loadCachedFeedEntries = cachedPublic("feed", () => loadFeedEntries(getDb()));

/** An Atom feed of the latest approvals (first publications and revisions), in the reader's language. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: {},
    isPublic: true,
    handler: async ({ request }) => {
      const locale = resolveLocale(localeCookie(request), request.headers.get("accept-language"));
      const body = renderAtomFeed(await loadCachedFeedEntries(), { origin: new URL(request.url).origin, locale });
      return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8", "content-language": locale, vary: "cookie, accept-language" } });
    },
  }),
});
