import { ZCreateDepartmentBody, type TAdminDepartment } from "@/lib/contracts/admin";
import { createDepartment, listDepartments } from "@/lib/server/admin/departments";
import { assertCanAdminister } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** The bureaus (admins only); POST adds one. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: {},
    handler: async ({ actor }): Promise<{ departments: TAdminDepartment[] }> => {
      assertCanAdminister(actor);
      return { departments: await listDepartments(getDb()) };
    },
  }),
  POST: withRoute({
    auth: true,
    schemas: { body: ZCreateDepartmentBody },
    handler: async ({ actor, body, requestId }): Promise<TAdminDepartment> => {
      assertCanAdminister(actor);
      return createDepartment(getDb(), { ...body, actor, requestId });
    },
  }),
});
