import { ZBulkReturnBody, type TBulkReviewResult } from "@/lib/contracts/review";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { returnBureauMonth } from "@/lib/server/review/mutations";

/** A reviewer returns a bureau's month, or the listed items of it, with one reason, all or nothing. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { body: ZBulkReturnBody },
    handler: async ({ actor, body, requestId }): Promise<TBulkReviewResult> => returnBureauMonth(getDb(), { ...body, actor, requestId }),
  }),
});
