import { ZCreateUserBody, type TAdminUserList, type TOneTimePassword } from "@/lib/contracts/admin";
import { createUser, listUsersWithSessions } from "@/lib/server/accounts/users";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Every login (admins only); POST creates one and answers its one-time password, shown this once. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: {},
    handler: async ({ actor }): Promise<TAdminUserList> => {
      assertCanAdminister(actor);
      return { users: await listUsersWithSessions(getDb()) };
    },
  }),
  POST: withRoute({
    auth: true,
    schemas: { body: ZCreateUserBody },
    handler: async ({ actor, body, requestId }): Promise<TOneTimePassword> => {
      assertCanAdminister(actor);
      const { user, password } = await createUser(getDb(), { ...body, actor, requestId });
      return { user: { ...user, openSessions: 0 }, password };
    },
  }),
});
