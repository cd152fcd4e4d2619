import { ZLockBody, ZPeriodParams, type TPeriodLock } from "@/lib/contracts/figures";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { lockPeriod } from "@/lib/server/periods/locks";

/** Admins lock a month, for every bureau or (with `department`) for one. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZPeriodParams, body: ZLockBody },
    handler: async ({ actor, params, body, requestId }): Promise<TPeriodLock> => lockPeriod(getDb(), { period: params.period, ...body, actor, requestId }),
  }),
});
