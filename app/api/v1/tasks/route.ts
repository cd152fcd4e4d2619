import { ZYearQuery } from "@/lib/contracts/common";
import type { TTaskList } from "@/lib/contracts/tasks";
import { withRoute } from "@/lib/server/http/route";
import { listTasks } from "@/lib/server/tasks/queries";

export const GET = withRoute({
  schemas: { query: ZYearQuery },
  cacheSeconds: 60,
  handler: async ({ query }): Promise<TTaskList> => ({ year: query.year, tasks: await listTasks({ year: query.year }) }),
});
