import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { removeDemoData } from "@/lib/server/demo/remove";
import { seedDatabase } from "@/seed/apply";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

const scratch: TScratchDb[] = [];
afterAll(async () => {
  for (const s of scratch) await s.drop();
});

const CLI = { userId: null, sessionId: null, tokenId: null, label: "cli:test" };

describe("demo remove", () => {
  it("deletes demo figures and their history, disables the demo logins, keeps real figures, and demo data never comes back", async () => {
    const target = await createScratchDatabase();
    scratch.push(target);
    await migrate(target.url);
    const db = createDb(target.url);
    try {
      await seedDatabase(db, { demo: true, demoLoginPassword: "siping2020" });
      expect(await db.figure.count({ where: { isDemo: true } })).toBeGreaterThan(100);
      expect(await db.user.count({ where: { isDemo: true } })).toBeGreaterThan(2);
      const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "afforestation" }, select: { id: true } });
      const real = await db.figure.create({
        data: { indicatorId: indicator.id, year: 2020, month: 12, value: 2.5, revisions: { create: { version: 1, value: 2.5, status: "draft" } } },
      });

      const removed = await removeDemoData(db, CLI);
      expect(removed.figures).toBeGreaterThan(100);
      expect(removed.logins).toBeGreaterThan(2);
      expect(await db.figure.count({ where: { isDemo: true } })).toBe(0);
      expect(await db.figureRevision.count({ where: { isDemo: true } })).toBe(0);
      expect(await db.figurePublication.count()).toBe(0);
      expect(await db.figure.findUnique({ where: { id: real.id }, select: { value: true } })).toMatchObject({ value: expect.anything() });
      expect(await db.figureRevision.count({ where: { figureId: real.id } })).toBe(1);
      expect(removed.milestones).toBeGreaterThan(20);
      expect(await db.taskMilestone.count({ where: { OR: [{ isDemo: true }, { status: { not: null } }, { publishedAt: { not: null } }, { doneDate: { not: null } }] } })).toBe(0);
      expect(await db.taskMilestoneRevision.count()).toBe(0);
      expect(await db.account.count({ where: { user: { isDemo: true } } })).toBe(0);
      expect(await db.user.count({ where: { isDemo: true, banned: false } })).toBe(0);
      expect(await db.auditLog.count({ where: { action: "demo.remove", actorLabel: "cli:test" } })).toBe(1);

      // Seeding again (other options, so the "already applied" shortcut cannot hide it) keeps the demo gone.
      const again = await seedDatabase(db, { demo: true });
      expect(again.skipped).toBe(false);
      expect(again.counts.demoFigures ?? 0).toBe(0);
      expect(await db.figure.count({ where: { isDemo: true } })).toBe(0);
      expect(await db.account.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
