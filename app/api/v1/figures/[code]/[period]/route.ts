import { type TFigureWithHistory } from "@/lib/contracts/entry";
import { ZFigureParams, ZFigureQuery, ZPutFigureBody, type TFigure } from "@/lib/contracts/figures";
import { getDb } from "@/lib/server/db/client";
import { getFigureWithHistory } from "@/lib/server/entry/history";
import { putFigure } from "@/lib/server/figures/mutations";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Reads a month's working figure with its history; writes its working value (officials of the indicator's bureau). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { params: ZFigureParams, query: ZFigureQuery },
    handler: async ({ actor, params, query }): Promise<TFigureWithHistory> => getFigureWithHistory(getDb(), { actor, ...params, unit: query.unit }),
  }),
  PUT: withRoute({
    auth: true,
    schemas: { params: ZFigureParams, query: ZFigureQuery, body: ZPutFigureBody },
    handler: async ({ actor, params, query, body, requestId }): Promise<TFigure> => putFigure(getDb(), { ...params, unit: query.unit, body, actor, requestId }),
  }),
});
