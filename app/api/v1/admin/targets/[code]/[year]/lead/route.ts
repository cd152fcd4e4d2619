import { ZLeadBody, ZTargetParams, type TAdminTarget } from "@/lib/contracts/admin";
import { setLeadBureau } from "@/lib/server/admin/targets";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** The bureau that enters this indicator's figures in this year. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PUT: withRoute({
    auth: true,
    publishes: true,
    schemas: { params: ZTargetParams, body: ZLeadBody },
    handler: async ({ actor, params, body, requestId }): Promise<TAdminTarget> => {
      assertCanAdminister(actor);
      return setLeadBureau(getDb(), { ...params, department: body.department, actor, requestId });
    },
  }),
});
