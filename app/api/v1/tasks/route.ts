import { ZTaskListQuery, type TTaskList } from "@/lib/contracts/tasks";
import { resolveAsOf } from "@/lib/contracts/tasks-progress";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { todayInChina } from "@/lib/server/tasks/dto";
import { listTasks } from "@/lib/server/tasks/queries";

/** The livelihood projects with their published milestones; percent and status computed as of `asOf`. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZTaskListQuery },
    cacheSeconds: 60,
    handler: async ({ query }): Promise<TTaskList> => {
      const asOf = resolveAsOf(query.year, query.asOf, todayInChina());
      return { year: query.year, asOf, tasks: await listTasks(getDb(), { year: query.year, asOf }) };
    },
  }),
});
