import type { TDemoStatus } from "@/lib/contracts/admin";
import { getDemoStatus } from "@/lib/server/admin/demo";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** How much demo data is left (admins only). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: {},
    handler: async ({ actor }): Promise<TDemoStatus> => {
      assertCanAdminister(actor);
      return getDemoStatus(getDb());
    },
  }),
});
