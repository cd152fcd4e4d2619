import { ZReviewQuery, type TReviewList } from "@/lib/contracts/review";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { listReviewQueue } from "@/lib/server/review/queries";

/** Submitted figures and milestones by bureau and month, for leaders and admins. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZReviewQuery },
    handler: async ({ actor, query }): Promise<TReviewList> => listReviewQueue(getDb(), { ...query, actor }),
  }),
});
