import { ZYearQuery } from "@/lib/contracts/common";
import type { TIndicatorList } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { withRoute } from "@/lib/server/http/route";
import { listIndicators } from "@/lib/server/indicators/queries";

export const GET = withRoute({
  schemas: { query: ZYearQuery },
  cacheSeconds: 60,
  handler: async ({ query }): Promise<TIndicatorList> => ({
    year: query.year,
    indicators: await listIndicators(getDb(), { year: query.year }),
  }),
});
