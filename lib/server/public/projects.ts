import type { TTask } from "../../contracts/tasks";
import type { TDbClient } from "../db/client";
import { listTasks } from "../tasks/queries";
import { projectKey } from "./report";

export interface TPublicProject extends TTask {
  /** The anchor of the project's sentence in the reader view of the report. */
  reportKey: string;
}

/**
 * The livelihood projects as /api/v1/tasks gives them: approved milestones only, percent and
 * status as of `asOf` ("YYYY-MM-DD").
 */
export async function loadProjects(db: TDbClient, { year, asOf }: { year: number; asOf: string }): Promise<{ year: number; asOf: string; isDemo: boolean; tasks: TPublicProject[] }> {
  const tasks = await listTasks(db, { year, asOf });
  return { year, asOf, isDemo: tasks.some((t) => t.isDemo), tasks: tasks.map((t) => ({ ...t, reportKey: projectKey(t) })) };
}
