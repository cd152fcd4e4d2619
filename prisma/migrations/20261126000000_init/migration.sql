-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('growth_rate', 'cumulative', 'level', 'share', 'average', 'day_count', 'milestone');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('higher_is_better', 'lower_is_better');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('>=', '<=', '<', '=', 'about', 'range');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('linear', 'profile');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('draft', 'submitted', 'approved', 'returned');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('not_started', 'in_progress', 'completed', 'delayed');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'leader', 'official');

-- CreateTable
CREATE TABLE "sections" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "section_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "Direction" NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "value" DECIMAL(20,6),
    "min" DECIMAL(20,6),
    "max" DECIMAL(20,6),
    "source_quote" TEXT NOT NULL,
    "schedule_kind" "ScheduleKind" NOT NULL DEFAULT 'linear',
    "schedule_profile" DECIMAL(7,6)[],
    "baseline_result_id" INTEGER,
    "baseline_comparable" BOOLEAN,
    "baseline_note_zh" TEXT,
    "baseline_note_en" TEXT,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "results" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "section_id" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "value" DECIMAL(20,6),
    "min" DECIMAL(20,6),
    "max" DECIMAL(20,6),
    "estimated" BOOLEAN NOT NULL,
    "source_quote" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figures" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "value" DECIMAL(20,6),
    "note" TEXT,
    "status" "FigureStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "return_reason" TEXT,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),

    CONSTRAINT "figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_revisions" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DECIMAL(20,6),
    "note" TEXT,
    "status" "FigureStatus" NOT NULL,
    "reason" TEXT,
    "actor_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "department_id" INTEGER NOT NULL,
    "indicator_id" INTEGER,
    "quantity" DECIMAL(20,6),
    "unit" TEXT,
    "source_quote" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'not_started',
    "progress_percent" INTEGER NOT NULL DEFAULT 0,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_milestones" (
    "id" SERIAL NOT NULL,
    "task_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_date" DATE,

    CONSTRAINT "task_milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "department_id" INTEGER,
    "password_hash" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "period_locks" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "locked_by_id" INTEGER,
    "locked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "period_locks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" INTEGER,
    "actor_label" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sections_code_key" ON "sections"("code");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators"("code");

-- CreateIndex
CREATE INDEX "indicators_section_id_idx" ON "indicators"("section_id");

-- CreateIndex
CREATE INDEX "indicators_department_id_idx" ON "indicators"("department_id");

-- CreateIndex
CREATE INDEX "targets_year_idx" ON "targets"("year");

-- CreateIndex
CREATE UNIQUE INDEX "targets_indicator_id_year_key" ON "targets"("indicator_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "results_code_key" ON "results"("code");

-- CreateIndex
CREATE INDEX "results_year_idx" ON "results"("year");

-- CreateIndex
CREATE INDEX "figures_year_month_idx" ON "figures"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "figures_indicator_id_year_month_key" ON "figures"("indicator_id", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "figure_revisions_figure_id_version_key" ON "figure_revisions"("figure_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_code_key" ON "tasks"("code");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_year_number_key" ON "tasks"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "task_milestones_task_id_sort_order_key" ON "task_milestones"("task_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "users_login_key" ON "users"("login");

-- CreateIndex
CREATE UNIQUE INDEX "period_locks_year_month_key" ON "period_locks"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_baseline_result_id_fkey" FOREIGN KEY ("baseline_result_id") REFERENCES "results"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "results" ADD CONSTRAINT "results_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revisions" ADD CONSTRAINT "figure_revisions_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revisions" ADD CONSTRAINT "figure_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_locked_by_id_fkey" FOREIGN KEY ("locked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants the Prisma schema cannot express.
ALTER TABLE "figures" ADD CONSTRAINT "figures_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "figures" ADD CONSTRAINT "figures_version_check" CHECK ("version" >= 1);
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_progress_percent_check" CHECK ("progress_percent" BETWEEN 0 AND 100);
ALTER TABLE "users" ADD CONSTRAINT "users_official_department_check" CHECK (("role" = 'official') = ("department_id" IS NOT NULL));
-- A milestone target (a livelihood project without a quantity) has no number: value stays null.
ALTER TABLE "targets" ADD CONSTRAINT "targets_amount_check" CHECK (
    ("comparator" = 'range' AND "min" IS NOT NULL AND "max" IS NOT NULL AND "min" <= "max" AND "value" IS NULL)
    OR ("comparator" <> 'range' AND "min" IS NULL AND "max" IS NULL)
);
ALTER TABLE "results" ADD CONSTRAINT "results_amount_check" CHECK (
    ("comparator" = 'range' AND "min" IS NOT NULL AND "max" IS NOT NULL AND "min" <= "max" AND "value" IS NULL)
    OR ("comparator" <> 'range' AND "value" IS NOT NULL AND "min" IS NULL AND "max" IS NULL)
);

-- The audit log and figure history are append-only.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"();

CREATE TRIGGER "figure_revisions_append_only" BEFORE UPDATE OR DELETE ON "figure_revisions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
