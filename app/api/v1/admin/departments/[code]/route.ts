import { ZDepartmentParams, ZUpdateDepartmentBody, type TAdminDepartment } from "@/lib/contracts/admin";
import { updateDepartment } from "@/lib/server/admin/departments";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Renames a bureau; its code changes only while nothing uses it. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PATCH: withRoute({
    auth: true,
    publishes: true,
    schemas: { params: ZDepartmentParams, body: ZUpdateDepartmentBody },
    handler: async ({ actor, params, body, requestId }): Promise<TAdminDepartment> => {
      assertCanAdminister(actor);
      return updateDepartment(getDb(), { code: params.code, newCode: body.code, nameZh: body.nameZh, nameEn: body.nameEn, actor, requestId });
    },
  }),
});
