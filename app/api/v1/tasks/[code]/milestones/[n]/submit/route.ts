import { ZReviewBody } from "@/lib/contracts/figures";
import { ZMilestoneParams, type TMilestoneReport } from "@/lib/contracts/tasks";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { submitMilestone } from "@/lib/server/tasks/mutations";

/** An official hands the milestone's working state to review. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZMilestoneParams, body: ZReviewBody },
    handler: async ({ actor, params, body, requestId }): Promise<TMilestoneReport> => submitMilestone(getDb(), { ...params, body, actor, requestId }),
  }),
});
