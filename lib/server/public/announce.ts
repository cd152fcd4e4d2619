import { revalidateTag } from "next/cache";
import { PUBLIC_TAG } from "./cached";
import { forgetLoadsInFlight, markPublicChange } from "./change-bus";

/** What Next throws when revalidateTag is called with no request of its own around it. */
const OUTSIDE_NEXT = /static generation store missing/;

/**
 * After an approval, a revision or an admin change the public can see has been committed: expire
 * every public entry of Next's data cache (immediately, not stale-while-revalidate) and have the
 * rendered-response cache in front of Next emptied on this instance and, through Redis, on the
 * others (lib/server/http/public-cache.ts, change-relay.ts). Called by withRoute for routes that
 * declare `publishes`. A route run in process without Next around it (the integration tests call
 * handlers directly) has no Next cache to expire. Any other failure is logged, not answered: the
 * change is committed by then, and a 500 would only invite a retry of something already done.
 */
export function announcePublicChange(): void {
  forgetLoadsInFlight();
  try {
    revalidateTag(PUBLIC_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error && OUTSIDE_NEXT.test(error.message))) console.error("Public cache: could not expire Next's data cache after a change", error);
  }
  markPublicChange();
}
