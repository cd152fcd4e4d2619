import { ZReturnBody } from "@/lib/contracts/figures";
import { ZMilestoneParams, type TMilestoneReport } from "@/lib/contracts/tasks";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { returnMilestone } from "@/lib/server/tasks/mutations";

/** A reviewer sends the milestone back with a reason. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZMilestoneParams, body: ZReturnBody },
    handler: async ({ actor, params, body, requestId }): Promise<TMilestoneReport> => returnMilestone(getDb(), { ...params, body, actor, requestId }),
  }),
});
