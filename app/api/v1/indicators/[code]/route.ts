import { ZCodeParams, ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorDetail } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { getIndicator } from "@/lib/server/indicators/queries";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { params: ZCodeParams, query: ZYearQuery },
    cacheSeconds: 60,
    handler: async ({ params, query }): Promise<TIndicatorDetail> => getIndicator(getDb(), { code: params.code, year: query.year }),
  }),
});
