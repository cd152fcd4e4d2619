import type { TImportResult } from "@/lib/contracts/imports";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { importFigures } from "@/lib/server/imports/apply";
import { readUpload } from "@/lib/server/imports/upload";

/** Imports a filled template (multipart `file`, optional `dryRun=true`, `period`): all rows or none. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    rawBody: true,
    schemas: {},
    handler: async ({ actor, request, requestId, locale }): Promise<TImportResult> => {
      const upload = await readUpload(request);
      return importFigures(getDb(), { actor, requestId, locale, ...upload });
    },
  }),
});
