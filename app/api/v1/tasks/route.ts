import { ZTaskListQuery, type TTaskList } from "@/lib/contracts/tasks";
import { resolveAsOf } from "@/lib/contracts/tasks-progress";
import { getDb } from "@/lib/server/db/client";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { todayInChina } from "@/lib/server/tasks/dto";
import { listTasks } from "@/lib/server/tasks/queries";
import { cachedPublic } from "@/lib/server/public/cached";

const loadTasks = cachedPublic("api:tasks", (year: number, asOf: string) => listTasks(getDb(), { year, asOf }));

/** The livelihood projects with their published milestones; percent and status computed as of `asOf`. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: { query: ZTaskListQuery },
    isPublic: true,
    handler: async ({ query }): Promise<TTaskList> => {
      const asOf = resolveAsOf(query.year, query.asOf, todayInChina());
      return { year: query.year, asOf, tasks: await loadTasks(query.year, asOf) };
    },
  }),
});
