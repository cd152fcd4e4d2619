import { ZTargetsQuery, type TAdminTargetList } from "@/lib/contracts/admin";
import { listTargets } from "@/lib/server/admin/targets";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** A year's targets with their lead bureau and schedule (admins only). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZTargetsQuery },
    handler: async ({ actor, query }): Promise<TAdminTargetList> => {
      assertCanAdminister(actor);
      return { year: query.year, targets: await listTargets(getDb(), query.year) };
    },
  }),
});
