import { ZDemoRemoveBody, type TDemoRemoval } from "@/lib/contracts/admin";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { removeDemoData } from "@/lib/server/demo/remove";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Removes the demo data (the same function as `npm run cli -- demo remove`), after a typed confirmation. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    publishes: true,
    schemas: { body: ZDemoRemoveBody },
    handler: async ({ actor, requestId }): Promise<TDemoRemoval> => {
      assertCanAdminister(actor);
      return removeDemoData(getDb(), actor, requestId);
    },
  }),
});
