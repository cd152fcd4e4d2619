import { ZBulkApproveBody, type TBulkReviewResult } from "@/lib/contracts/review";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { approveBureauMonth } from "@/lib/server/review/mutations";

/** A reviewer approves a bureau's month, or the listed items of it, all or nothing. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    publishes: true,
    schemas: { body: ZBulkApproveBody },
    handler: async ({ actor, body, requestId }): Promise<TBulkReviewResult> => approveBureauMonth(getDb(), { ...body, actor, requestId }),
  }),
});
