-- Livelihood projects with one source of truth: each milestone's done date is reported, submitted
-- and approved like a figure (a working date beside the published one, a version, who and when,
-- an append-only history). A project's percent and status are computed from the published dates,
-- so the stored ones go.

CREATE TABLE "task_milestone_revisions" (
    "id" SERIAL NOT NULL,
    "milestone_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "done_date" DATE,
    "note" TEXT,
    "status" "FigureStatus" NOT NULL,
    "reason" TEXT,
    "actor_id" INTEGER,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "task_milestone_revisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "task_milestone_revisions_action_check" CHECK ("action" IN ('put', 'submit', 'approve', 'return', 'migrate'))
);
CREATE UNIQUE INDEX "task_milestone_revisions_milestone_id_version_key" ON "task_milestone_revisions"("milestone_id", "version");
ALTER TABLE "task_milestone_revisions" ADD CONSTRAINT "task_milestone_revisions_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "task_milestones"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "task_milestone_revisions" ADD CONSTRAINT "task_milestone_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The milestone row carries its report: status null means nothing reported yet.
ALTER TABLE "task_milestones" ADD COLUMN "note" TEXT;
ALTER TABLE "task_milestones" ADD COLUMN "status" "FigureStatus";
ALTER TABLE "task_milestones" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "task_milestones" ADD COLUMN "is_demo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "task_milestones" ADD COLUMN "return_reason" TEXT;
ALTER TABLE "task_milestones" ADD COLUMN "author_id" INTEGER;
ALTER TABLE "task_milestones" ADD COLUMN "submitted_by_id" INTEGER;
ALTER TABLE "task_milestones" ADD COLUMN "reviewed_by_id" INTEGER;
ALTER TABLE "task_milestones" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "task_milestones" ADD COLUMN "submitted_at" TIMESTAMPTZ(3);
ALTER TABLE "task_milestones" ADD COLUMN "reviewed_at" TIMESTAMPTZ(3);
ALTER TABLE "task_milestones" ADD COLUMN "published_done_date" DATE;
ALTER TABLE "task_milestones" ADD COLUMN "published_note" TEXT;
ALTER TABLE "task_milestones" ADD COLUMN "published_at" TIMESTAMPTZ(3);
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Today's done dates: a demo project's were synthetic and shown to the public, so they become
-- approved and published demo reports; any other project's were never reviewed, so they become
-- drafts for its bureau to submit (kept, but not public until approved).
UPDATE "task_milestones" m SET
    "status" = CASE WHEN t."is_demo" THEN 'approved'::"FigureStatus" ELSE 'draft'::"FigureStatus" END,
    "is_demo" = t."is_demo",
    "reviewed_at" = CASE WHEN t."is_demo" THEN CURRENT_TIMESTAMP END,
    "published_done_date" = CASE WHEN t."is_demo" THEN m."done_date" END,
    "published_at" = CASE WHEN t."is_demo" THEN CURRENT_TIMESTAMP END
    FROM "tasks" t
    WHERE t."id" = m."task_id" AND m."done_date" IS NOT NULL;
INSERT INTO "task_milestone_revisions" ("milestone_id", "version", "action", "done_date", "status", "reason", "is_demo")
    SELECT "id", "version", 'migrate', "done_date", "status", '由项目进度迁移（原完成日期）', "is_demo"
    FROM "task_milestones" WHERE "status" IS NOT NULL;

ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_published_check"
    CHECK ("published_at" IS NOT NULL OR ("published_done_date" IS NULL AND "published_note" IS NULL));
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_report_check"
    CHECK ("status" IS NOT NULL OR ("done_date" IS NULL AND "note" IS NULL AND "published_at" IS NULL));
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_version_check" CHECK ("version" >= 1);

-- The monthly "% done" figures the demo entered for a project's milestone indicator told a second
-- story beside its milestones (88% vs 62%): the milestones are the one source now. Demo rows only;
-- a figure a person entered stays.
DELETE FROM "figure_publications" WHERE "figure_id" IN (
    SELECT f."id" FROM "figures" f JOIN "indicators" i ON i."id" = f."indicator_id"
    WHERE f."is_demo" AND i."kind" = 'milestone' AND EXISTS (SELECT 1 FROM "tasks" t WHERE t."indicator_id" = i."id"));
DELETE FROM "figure_revisions" WHERE "figure_id" IN (
    SELECT f."id" FROM "figures" f JOIN "indicators" i ON i."id" = f."indicator_id"
    WHERE f."is_demo" AND i."kind" = 'milestone' AND EXISTS (SELECT 1 FROM "tasks" t WHERE t."indicator_id" = i."id"));
DELETE FROM "figures" WHERE "id" IN (
    SELECT f."id" FROM "figures" f JOIN "indicators" i ON i."id" = f."indicator_id"
    WHERE f."is_demo" AND i."kind" = 'milestone' AND EXISTS (SELECT 1 FROM "tasks" t WHERE t."indicator_id" = i."id"));

-- Computed now: never stored again. A project's demo mark is its milestones'.
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_progress_percent_check";
ALTER TABLE "tasks" DROP COLUMN "status";
ALTER TABLE "tasks" DROP COLUMN "progress_percent";
ALTER TABLE "tasks" DROP COLUMN "is_demo";
DROP TYPE "TaskStatus";

-- History is append-only, but for demo rows (`demo remove`).
CREATE TRIGGER "task_milestone_revisions_append_only" BEFORE UPDATE OR DELETE ON "task_milestone_revisions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_unless_demo"();
CREATE TRIGGER "task_milestone_revisions_no_truncate" BEFORE TRUNCATE ON "task_milestone_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
