import { ZExportQuery } from "@/lib/contracts/export";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { exportDisposition, toCsv } from "@/lib/server/public/export-csv";
import { loadExport } from "@/lib/server/public/export";

/** The year's published figures (or one indicator's) as a spreadsheet opens them: UTF-8 with BOM, CRLF, one header row. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZExportQuery },
    cacheSeconds: 60,
    handler: async ({ query }) => {
      const csv = toCsv(await loadExport(getDb(), query));
      return new Response(csv, {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": exportDisposition(query, "csv", "attachment") },
      });
    },
  }),
});
