import { recordAudit, type TAuditActor } from "../audit/record";
import type { TDb } from "../db/client";

export interface TDemoRemoval {
  figures: number;
  revisions: number;
  publications: number;
  tasks: number;
  logins: number;
}

/**
 * Turns a demo database into a real one: deletes the synthetic figures with their history (the
 * append-only triggers allow it for demo rows only), resets demo project progress, and disables
 * the demo logins (their shared password is public) while keeping them as authors in the history.
 * Recorded in the audit log; seeding never loads demo data into this database again.
 */
export async function removeDemoData(db: TDb, actor: TAuditActor): Promise<TDemoRemoval> {
  return db.$transaction(
    async (tx) => {
      const demoFigures = { figure: { isDemo: true } };
      const publications = await tx.figurePublication.deleteMany({ where: demoFigures });
      const revisions = await tx.figureRevision.deleteMany({ where: demoFigures });
      const figures = await tx.figure.deleteMany({ where: { isDemo: true } });
      const demoTasks = await tx.task.findMany({ where: { isDemo: true }, select: { id: true } });
      const taskIds = demoTasks.map((t) => t.id);
      await tx.taskMilestone.updateMany({ where: { taskId: { in: taskIds } }, data: { doneDate: null } });
      await tx.task.updateMany({ where: { id: { in: taskIds } }, data: { isDemo: false, status: "not_started", progressPercent: 0 } });
      const logins = await tx.user.findMany({ where: { isDemo: true, banned: false }, select: { id: true } });
      const userIds = logins.map((u) => u.id);
      await tx.session.deleteMany({ where: { userId: { in: userIds } } });
      await tx.account.deleteMany({ where: { userId: { in: userIds } } });
      await tx.apiToken.updateMany({ where: { userId: { in: userIds }, revokedAt: null }, data: { revokedAt: new Date() } });
      await tx.user.updateMany({ where: { id: { in: userIds } }, data: { banned: true, banReason: "demo login removed" } });
      const removal = { figures: figures.count, revisions: revisions.count, publications: publications.count, tasks: taskIds.length, logins: userIds.length };
      await recordAudit(tx, { actor, action: "demo.remove", entityType: "database", entityId: "demo", reason: "删除演示数据", after: { ...removal } });
      return removal;
    },
    { timeout: 120_000 },
  );
}
