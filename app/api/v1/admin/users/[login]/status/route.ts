import { ZDisableUserBody, ZUserParams, type TAdminUser } from "@/lib/contracts/admin";
import { setUserDisabled } from "@/lib/server/accounts/users";
import { assertCanAdminister, assertNotSelf } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Disables a login (its sessions end, its tokens stop) or enables it again, with a reason. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZUserParams, body: ZDisableUserBody },
    handler: async ({ actor, params, body, requestId }): Promise<TAdminUser> => {
      assertCanAdminister(actor);
      const user = await setUserDisabled(getDb(), { login: params.login, ...body, actor, requestId, guard: (id) => assertNotSelf(actor, id) });
      return { ...user, openSessions: 0 };
    },
  }),
});
