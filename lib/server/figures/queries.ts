import { getDb } from "../db/client";

/** Whether any demo (synthetic) figure is stored: every view then carries the 演示数据 label. */
export async function hasDemoData(): Promise<boolean> {
  const [figure, task] = await Promise.all([
    getDb().figure.findFirst({ where: { isDemo: true }, select: { id: true } }),
    getDb().task.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ]);
  return figure !== null || task !== null;
}
