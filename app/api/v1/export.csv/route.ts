import { ZExportQuery } from "@/lib/contracts/export";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { exportDisposition, toCsv } from "@/lib/server/public/export-csv";
import { loadExport } from "@/lib/server/public/export";
import { cachedPublic } from "@/lib/server/public/cached";

const loadCachedExport = cachedPublic("export", (year: number, indicator: string | undefined) => loadExport(getDb(), { year, indicator }));

/** The year's published figures (or one indicator's) as a spreadsheet opens them: UTF-8 with BOM, CRLF, one header row. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZExportQuery },
    isPublic: true,
    handler: async ({ query }) => {
      const csv = toCsv(await loadCachedExport(query.year, query.indicator));
      return new Response(csv, {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": exportDisposition(query, "csv", "attachment") },
      });
    },
  }),
});
