import { ZUpdateUserBody, ZUserParams, type TAdminUser } from "@/lib/contracts/admin";
import { updateUser } from "@/lib/server/accounts/users";
import { assertCanAdminister, assertNotSelf } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Changes a login's role, bureau or display name (an admin never changes their own role here). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PATCH: withRoute({
    auth: true,
    schemas: { params: ZUserParams, body: ZUpdateUserBody },
    handler: async ({ actor, params, body, requestId }): Promise<TAdminUser> => {
      assertCanAdminister(actor);
      const user = await updateUser(getDb(), { login: params.login, ...body, actor, requestId, guard: (id) => assertNotSelf(actor, id) });
      return { ...user, openSessions: 0 };
    },
  }),
});
