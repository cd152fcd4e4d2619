import { revalidateTag } from "next/cache";
import { PUBLIC_TAG } from "./cached";
import { markPublicChange } from "./change-bus";

/**
 * After an approval, a revision or an admin change the public can see has been committed: expire
 * every public entry of Next's data cache (immediately, not stale-while-revalidate) and have the
 * rendered-response cache in front of Next emptied on this instance and, through Redis, on the
 * others (lib/server/http/public-cache.ts, change-relay.ts). Route handlers only (withRoute's
 * `publishes`): revalidateTag needs Next's request context.
 */
export function announcePublicChange(): void {
  revalidateTag(PUBLIC_TAG, { expire: 0 });
  markPublicChange();
}
