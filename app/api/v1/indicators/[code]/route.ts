import { ZCodeParams, ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorDetail } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { getIndicator } from "@/lib/server/indicators/queries";
import { cachedPublic } from "@/lib/server/public/cached";

const loadIndicator = cachedPublic("api:indicator", (code: string, year: number) => getIndicator(getDb(), { code, year }));

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { params: ZCodeParams, query: ZYearQuery },
    isPublic: true,
    handler: async ({ params, query }): Promise<TIndicatorDetail> => loadIndicator(params.code, query.year),
  }),
});
