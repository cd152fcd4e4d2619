import { ZExportQuery, type TExport } from "@/lib/contracts/export";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { exportDisposition } from "@/lib/server/public/export-csv";
import { loadExport } from "@/lib/server/public/export";
import { cachedPublic } from "@/lib/server/public/cached";

const loadCachedExport = cachedPublic("export", (year: number, indicator: string | undefined) => loadExport(getDb(), { year, indicator }));

/** The same content as export.csv, as JSON: indicators with target, baseline, status and published figures. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZExportQuery },
    isPublic: true,
    handler: async ({ query }) => {
      const data: TExport = await loadCachedExport(query.year, query.indicator);
      return Response.json(data, { headers: { "content-disposition": exportDisposition(query, "json", "inline") } });
    },
  }),
});
