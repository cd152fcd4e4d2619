import { ZProgressQuery, type TProgressList } from "@/lib/contracts/progress";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { getProgressList } from "@/lib/server/progress/queries";

/** Every indicator's status as of a month, from published figures only. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZProgressQuery },
    cacheSeconds: 60,
    handler: async ({ query }): Promise<TProgressList> => getProgressList(getDb(), { year: query.year, asOf: query.asOf }),
  }),
});
