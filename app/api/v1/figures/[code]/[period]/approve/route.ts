import { ZFigureParams, ZFigureQuery, ZReviewBody, type TFigure } from "@/lib/contracts/figures";
import { getDb } from "@/lib/server/db/client";
import { approveFigure } from "@/lib/server/figures/mutations";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** A reviewer publishes the figure's working value. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  POST: withRoute({
    auth: true,
    publishes: true,
    schemas: { params: ZFigureParams, query: ZFigureQuery, body: ZReviewBody },
    handler: async ({ actor, params, query, body, requestId }): Promise<TFigure> => approveFigure(getDb(), { ...params, unit: query.unit, body, actor, requestId }),
  }),
});
