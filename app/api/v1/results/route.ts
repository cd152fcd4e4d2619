import { ZResultsQuery, type TResultList } from "@/lib/contracts/results";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { cachedPublic } from "@/lib/server/public/cached";
import { listResults } from "@/lib/server/results/queries";

const loadResults = cachedPublic("api:results", (year: number) => listResults(getDb(), { year }));

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZResultsQuery },
    isPublic: true,
    handler: async ({ query }): Promise<TResultList> => ({ year: query.year, results: await loadResults(query.year) }),
  }),
});
