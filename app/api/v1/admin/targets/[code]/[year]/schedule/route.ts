import { ZScheduleBody, ZTargetParams, type TAdminTarget } from "@/lib/contracts/admin";
import { setSchedule } from "@/lib/server/admin/targets";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** The target's schedule: 12 cumulative shares, non-decreasing, ending at 1. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PUT: withRoute({
    auth: true,
    publishes: true,
    schemas: { params: ZTargetParams, body: ZScheduleBody },
    handler: async ({ actor, params, body, requestId }): Promise<TAdminTarget> => {
      assertCanAdminister(actor);
      return setSchedule(getDb(), { ...params, scheduleProfile: body.scheduleProfile, actor, requestId });
    },
  }),
});
