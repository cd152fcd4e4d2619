import type { TDemoStatus } from "../../contracts/admin";
import type { TDbClient } from "../db/client";

/** What `demo remove` would remove: demo figures, demo milestone reports and active demo logins. */
export async function getDemoStatus(db: TDbClient): Promise<TDemoStatus> {
  const [figures, milestones, logins] = await Promise.all([
    db.figure.count({ where: { isDemo: true } }),
    db.taskMilestone.count({ where: { isDemo: true } }),
    db.user.count({ where: { isDemo: true, banned: false } }),
  ]);
  return { figures, milestones, logins };
}
