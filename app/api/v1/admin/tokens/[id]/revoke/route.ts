import { ZTokenParams, type TAdminToken } from "@/lib/contracts/admin";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { revokeApiToken } from "@/lib/server/auth/tokens";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Revokes an API token at once. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZTokenParams },
    handler: async ({ actor, params, requestId }): Promise<TAdminToken> => {
      assertCanAdminister(actor);
      return revokeApiToken(getDb(), { id: params.id, actor, requestId });
    },
  }),
});
