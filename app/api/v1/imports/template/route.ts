import { ZTemplateQuery } from "@/lib/contracts/imports";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { buildTemplate, templateDisposition } from "@/lib/server/imports/template";
import { loadTemplate } from "@/lib/server/imports/template-data";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx template of a bureau and month, prefilled with the month's working values. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZTemplateQuery },
    handler: async ({ actor, query }) => {
      const template = await loadTemplate(getDb(), { actor, department: query.department, period: query.period });
      const bytes = await buildTemplate(template);
      return new Response(new Uint8Array(bytes), { headers: { "content-type": XLSX, "content-disposition": templateDisposition(template) } });
    },
  }),
});
