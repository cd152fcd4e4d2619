import { ZCodeParams, ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorProgress } from "@/lib/contracts/progress";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { getIndicatorProgress } from "@/lib/server/progress/queries";
import { cachedPublic } from "@/lib/server/public/cached";

const loadIndicatorProgress = cachedPublic("api:indicator-progress", (code: string, year: number) => getIndicatorProgress(getDb(), { code, year }));

/** One indicator's month-by-month path for charts, from published figures only. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { params: ZCodeParams, query: ZYearQuery },
    isPublic: true,
    handler: async ({ params, query }): Promise<TIndicatorProgress> => loadIndicatorProgress(params.code, query.year),
  }),
});
