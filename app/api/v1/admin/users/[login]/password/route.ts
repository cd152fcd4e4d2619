import { ZReasonBody, ZUserParams, type TOneTimePassword } from "@/lib/contracts/admin";
import { resetUserPassword } from "@/lib/server/accounts/users";
import { assertCanAdminister, assertNotSelf } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Resets a login's password to a new one-time password, answered this once; every session ends. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZUserParams, body: ZReasonBody },
    handler: async ({ actor, params, body, requestId }): Promise<TOneTimePassword> => {
      assertCanAdminister(actor);
      const { user, password } = await resetUserPassword(getDb(), { login: params.login, reason: body.reason, actor, requestId, guard: (id) => assertNotSelf(actor, id) });
      return { user: { ...user, openSessions: 0 }, password };
    },
  }),
});
