import { ZProgressQuery, type TProgressList } from "@/lib/contracts/progress";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { getProgressList } from "@/lib/server/progress/queries";
import { cachedPublic } from "@/lib/server/public/cached";

const loadProgressList = cachedPublic("api:progress", (year: number, asOf: string | undefined) => getProgressList(getDb(), { year, asOf }));

/** Every indicator's status as of a month, from published figures only. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZProgressQuery },
    isPublic: true,
    handler: async ({ query }): Promise<TProgressList> => loadProgressList(query.year, query.asOf),
  }),
});
