import type { TDbClient } from "../db/client";

/** Whether any demo (synthetic) figure is stored: every view then carries the 演示数据 label. */
export async function hasDemoData(db: TDbClient): Promise<boolean> {
  const [figure, task] = await Promise.all([
    db.figure.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.taskMilestone.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ]);
  return figure !== null || task !== null;
}
