import { ZReviewBody } from "@/lib/contracts/figures";
import { ZMilestoneParams, type TMilestoneReport } from "@/lib/contracts/tasks";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { approveMilestone } from "@/lib/server/tasks/mutations";

/** A reviewer publishes the milestone's working state. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    publishes: true,
    schemas: { params: ZMilestoneParams, body: ZReviewBody },
    handler: async ({ actor, params, body, requestId }): Promise<TMilestoneReport> => approveMilestone(getDb(), { ...params, body, actor, requestId }),
  }),
});
