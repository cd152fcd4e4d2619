import { ZReasonBody, ZUserParams, type TRevokedSessions } from "@/lib/contracts/admin";
import { revokeUserSessions } from "@/lib/server/accounts/users";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Signs a login out everywhere (the same function as `npm run cli -- user revoke-sessions`). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZUserParams, body: ZReasonBody },
    handler: async ({ actor, params, body, requestId }): Promise<TRevokedSessions> => {
      assertCanAdminister(actor);
      const revoked = await revokeUserSessions(getDb(), { login: params.login, reason: body.reason, actor, requestId });
      return { login: params.login, revoked };
    },
  }),
});
