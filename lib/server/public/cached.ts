import { unstable_cache } from "next/cache";
import { publicChangeBus } from "./change-bus";
import { getDb } from "../db/client";
import { hasDemoData } from "../figures/queries";

/** Every public page and API answer depends on published data: one tag refreshes them all. */
export const PUBLIC_TAG = "public";

/** What Next throws when a cached function is called with no Next cache around it. */
const OUTSIDE_NEXT = /incrementalCache missing in unstable_cache/;

/**
 * A public loader kept in Next's data cache (shared through Redis when REDIS_URL is set, see
 * next-cache-handler.mjs) until an approval, a revision or an admin change revalidates PUBLIC_TAG.
 * Called with no Next request around it (the integration tests call route handlers in process),
 * there is no cache to keep it in, and the loader simply runs. The answer goes through JSON:
 * return plain data (strings for dates, no Map).
 */
export function cachedPublic<TArgs extends unknown[], TResult>(name: string, load: (...args: TArgs) => Promise<TResult>): (...args: TArgs) => Promise<TResult> {
  const cached = unstable_cache(load, ["public", name], { tags: [PUBLIC_TAG] });
  const run = async (...args: TArgs): Promise<TResult> => {
    try {
      return await cached(...args);
    } catch (error) {
      if (error instanceof Error && OUTSIDE_NEXT.test(error.message)) return load(...args);
      throw error;
    }
  };
  // Pages rendered at the same moment (both languages of a page after a change, its embed) share one
  // load instead of each querying the database for the same answer.
  return (...args) => {
    const { loads } = publicChangeBus();
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const pending = loads.get(key) as Promise<TResult> | undefined;
    if (pending) return pending;
    const loading = run(...args).finally(() => {
      if (loads.get(key) === loading) loads.delete(key);
    });
    loads.set(key, loading);
    return loading;
  };
}

/** Whether the published data is the demo city's: every public page says so when it is. */
export const loadPublicIsDemo = cachedPublic("public-has-demo", () => hasDemoData(getDb()));
