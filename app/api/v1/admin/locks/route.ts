import { ZLocksQuery, type TAdminLockList } from "@/lib/contracts/admin";
import { listLocks } from "@/lib/server/admin/locks";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** A year's locks, open and lifted. Locking and unlocking: POST /api/v1/periods/{period}/lock|unlock. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZLocksQuery },
    handler: async ({ actor, query }): Promise<TAdminLockList> => {
      assertCanAdminister(actor);
      return { year: query.year, locks: await listLocks(getDb(), query.year) };
    },
  }),
});
