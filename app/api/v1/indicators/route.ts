import { ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorList } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { listIndicators } from "@/lib/server/indicators/queries";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZYearQuery },
    cacheSeconds: 60,
    handler: async ({ query }): Promise<TIndicatorList> => ({
      year: query.year,
      indicators: await listIndicators(getDb(), { year: query.year }),
    }),
  }),
});
