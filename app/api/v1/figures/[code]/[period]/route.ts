import { ZFigureParams, ZFigureQuery, ZPutFigureBody, type TFigure } from "@/lib/contracts/figures";
import { getDb } from "@/lib/server/db/client";
import { putFigure } from "@/lib/server/figures/mutations";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Writes a month's working value (officials of the indicator's bureau). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  PUT: withRoute({
    auth: true,
    schemas: { params: ZFigureParams, query: ZFigureQuery, body: ZPutFigureBody },
    handler: async ({ actor, params, query, body, requestId }): Promise<TFigure> => putFigure(getDb(), { ...params, unit: query.unit, body, actor, requestId }),
  }),
});
