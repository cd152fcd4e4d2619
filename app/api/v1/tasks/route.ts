import { ZYearQuery } from "@/lib/contracts/common";
import type { TTaskList } from "@/lib/contracts/tasks";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { listTasks } from "@/lib/server/tasks/queries";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZYearQuery },
    cacheSeconds: 60,
    handler: async ({ query }): Promise<TTaskList> => ({ year: query.year, tasks: await listTasks(getDb(), { year: query.year }) }),
  }),
});
