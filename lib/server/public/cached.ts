import { unstable_cache } from "next/cache";

/** Every public page and API answer depends on published data: one tag refreshes them all. */
export const PUBLIC_TAG = "public";

/**
 * A public loader kept in Next's data cache (shared through Redis when REDIS_URL is set, see
 * cache-handler.mjs) until an approval, a revision or an admin change revalidates PUBLIC_TAG.
 * Only for app/ code: outside a Next request there is no cache to keep it in, so tests call the
 * loader itself. The answer goes through JSON: return plain data (strings for dates, no Map).
 */
export function cachedPublic<TArgs extends unknown[], TResult>(name: string, load: (...args: TArgs) => Promise<TResult>): (...args: TArgs) => Promise<TResult> {
  return unstable_cache(load, ["public", name], { tags: [PUBLIC_TAG] });
}
