import { ZEntryQuery, type TEntryGrid } from "@/lib/contracts/entry";
import { getDb } from "@/lib/server/db/client";
import { getEntryGrid } from "@/lib/server/entry/grid";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** A bureau's working figures of a year, month by month (officials: their own bureau). */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    auth: true,
    schemas: { query: ZEntryQuery },
    handler: async ({ actor, query }): Promise<TEntryGrid> => getEntryGrid(getDb(), { actor, year: query.year, department: query.department }),
  }),
});
