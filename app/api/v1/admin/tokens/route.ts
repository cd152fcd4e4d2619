import { ZCreateTokenBody, type TAdminTokenList, type TCreatedToken } from "@/lib/contracts/admin";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { createApiToken, listApiTokens } from "@/lib/server/auth/tokens";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

const DAY_MS = 86_400_000;

/** Every API token (never a secret); POST creates one for a login and answers its secret this once. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: {},
    handler: async ({ actor }): Promise<TAdminTokenList> => {
      assertCanAdminister(actor);
      return { tokens: await listApiTokens(getDb()) };
    },
  }),
  POST: withRoute({
    auth: true,
    schemas: { body: ZCreateTokenBody },
    handler: async ({ actor, body, requestId }): Promise<TCreatedToken> => {
      assertCanAdminister(actor);
      const expiresAt = new Date(Date.now() + body.expiresInDays * DAY_MS);
      return createApiToken(getDb(), { login: body.login, name: body.name, expiresAt, actor, requestId });
    },
  }),
});
