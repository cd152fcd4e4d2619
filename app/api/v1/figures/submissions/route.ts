import { ZSubmitMonthBody, type TSubmitMonthResult } from "@/lib/contracts/entry";
import { getDb } from "@/lib/server/db/client";
import { submitMonth } from "@/lib/server/entry/submit";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Submits a bureau's month: every draft and returned figure at once, or nothing. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { body: ZSubmitMonthBody },
    handler: async ({ actor, body, requestId }): Promise<TSubmitMonthResult> => submitMonth(getDb(), { actor, body, requestId }),
  }),
});
