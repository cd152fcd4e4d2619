import { ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorList } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { listIndicators } from "@/lib/server/indicators/queries";
import { cachedPublic } from "@/lib/server/public/cached";

const loadIndicators = cachedPublic("api:indicators", (year: number) => listIndicators(getDb(), { year }));

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZYearQuery },
    isPublic: true,
    handler: async ({ query }): Promise<TIndicatorList> => ({
      year: query.year,
      indicators: await loadIndicators(query.year),
    }),
  }),
});
