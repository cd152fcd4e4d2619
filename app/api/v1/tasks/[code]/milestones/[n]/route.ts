import { ZMilestoneParams, ZPutMilestoneBody, type TMilestoneReport } from "@/lib/contracts/tasks";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { putMilestone } from "@/lib/server/tasks/mutations";

/** Writes a milestone's working done date (officials of the project's bureau). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PUT: withRoute({
    auth: true,
    schemas: { params: ZMilestoneParams, body: ZPutMilestoneBody },
    handler: async ({ actor, params, body, requestId }): Promise<TMilestoneReport> => putMilestone(getDb(), { ...params, body, actor, requestId }),
  }),
});
