import { ZAuditQuery, type TAuditPage } from "@/lib/contracts/admin";
import { listAuditLog } from "@/lib/server/admin/audit";
import { assertCanReadAuditLog } from "@/lib/server/admin/permissions";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** The audit log, newest first, filtered by actor, bureau, indicator and days (admins and leaders). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZAuditQuery },
    handler: async ({ actor, query }): Promise<TAuditPage> => {
      assertCanReadAuditLog(actor);
      return listAuditLog(getDb(), query);
    },
  }),
});
