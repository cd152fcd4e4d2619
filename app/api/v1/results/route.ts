import { ZResultsQuery, type TResultList } from "@/lib/contracts/results";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { listResults } from "@/lib/server/results/queries";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZResultsQuery },
    cacheSeconds: 300,
    handler: async ({ query }): Promise<TResultList> => ({ year: query.year, results: await listResults(getDb(), { year: query.year }) }),
  }),
});
