import { ZFigureParams, ZFigureQuery, ZReturnBody, type TFigure } from "@/lib/contracts/figures";
import { getDb } from "@/lib/server/db/client";
import { returnFigure } from "@/lib/server/figures/mutations";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** A reviewer sends the figure back with a reason. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    schemas: { params: ZFigureParams, query: ZFigureQuery, body: ZReturnBody },
    handler: async ({ actor, params, query, body, requestId }): Promise<TFigure> => returnFigure(getDb(), { ...params, unit: query.unit, body, actor, requestId }),
  }),
});
