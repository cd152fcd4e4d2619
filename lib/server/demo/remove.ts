import { recordAudit, type TAuditActor } from "../audit/record";
import type { TDb } from "../db/client";

export interface TDemoRemoval {
  figures: number;
  revisions: number;
  publications: number;
  /** Projects with a demo milestone report, and those milestones: cleared back to "nothing reported". */
  tasks: number;
  milestones: number;
  milestoneRevisions: number;
  logins: number;
}

/** A milestone as seeded from the plan: nothing reported, nothing published. */
const NO_REPORT = {
  doneDate: null,
  note: null,
  status: null,
  version: 1,
  isDemo: false,
  returnReason: null,
  authorId: null,
  submittedById: null,
  submittedAt: null,
  reviewedById: null,
  reviewedAt: null,
  publishedDoneDate: null,
  publishedNote: null,
  publishedAt: null,
} as const;

/**
 * Turns a demo database into a real one: deletes the synthetic figures with their history (the
 * append-only triggers allow it for demo rows only), clears the demo milestone reports and their
 * history (projects back to nothing reported), and disables the demo logins (their shared
 * password is public) while keeping them as authors in the history.
 * Recorded in the audit log; seeding never loads demo data into this database again.
 */
export async function removeDemoData(db: TDb, actor: TAuditActor, requestId?: string): Promise<TDemoRemoval> {
  return db.$transaction(
    async (tx) => {
      const demoFigures = { figure: { isDemo: true } };
      const publications = await tx.figurePublication.deleteMany({ where: demoFigures });
      const revisions = await tx.figureRevision.deleteMany({ where: demoFigures });
      const figures = await tx.figure.deleteMany({ where: { isDemo: true } });
      const demoTasks = await tx.task.count({ where: { milestones: { some: { isDemo: true } } } });
      const milestoneRevisions = await tx.taskMilestoneRevision.deleteMany({ where: { isDemo: true } });
      const milestones = await tx.taskMilestone.updateMany({ where: { isDemo: true }, data: NO_REPORT });
      const logins = await tx.user.findMany({ where: { isDemo: true, banned: false }, select: { id: true } });
      const userIds = logins.map((u) => u.id);
      await tx.session.deleteMany({ where: { userId: { in: userIds } } });
      await tx.account.deleteMany({ where: { userId: { in: userIds } } });
      await tx.apiToken.updateMany({ where: { userId: { in: userIds }, revokedAt: null }, data: { revokedAt: new Date() } });
      await tx.user.updateMany({ where: { id: { in: userIds } }, data: { banned: true, banReason: "demo login removed" } });
      const removal = {
        figures: figures.count,
        revisions: revisions.count,
        publications: publications.count,
        tasks: demoTasks,
        milestones: milestones.count,
        milestoneRevisions: milestoneRevisions.count,
        logins: userIds.length,
      };
      await recordAudit(tx, { actor, requestId, action: "demo.remove", entityType: "database", entityId: "demo", reason: "删除演示数据", after: { ...removal } });
      return removal;
    },
    { timeout: 120_000 },
  );
}
