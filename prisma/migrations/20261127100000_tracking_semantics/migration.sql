-- Tracking semantics per target: what one monthly figure is (basis), how often it comes
-- (frequency), the unit officials type and its factor to the display unit, the report's hedge,
-- a schedule for every scheduled kind, and the section and lead bureau per year (moved from
-- indicators, so a second report year fits without rewriting the first). Per-unit targets get
-- their units, and figures an optional unit.

CREATE TYPE "Basis" AS ENUM ('ytd_total', 'month_amount', 'ytd_rate', 'current', 'month_mean', 'month_count', 'percent_done');
CREATE TYPE "Frequency" AS ENUM ('monthly', 'quarterly', 'first_month');
CREATE TYPE "Hedge" AS ENUM ('aspirational', 'guaranteed');

-- Section and lead bureau: per target (per year), copied from the indicator.
ALTER TABLE "targets" ADD COLUMN "section_id" INTEGER;
ALTER TABLE "targets" ADD COLUMN "department_id" INTEGER;
UPDATE "targets" t SET "section_id" = i."section_id", "department_id" = i."department_id" FROM "indicators" i WHERE i."id" = t."indicator_id";
ALTER TABLE "targets" ALTER COLUMN "section_id" SET NOT NULL;
ALTER TABLE "targets" ALTER COLUMN "department_id" SET NOT NULL;
ALTER TABLE "targets" ADD CONSTRAINT "targets_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "targets" ADD CONSTRAINT "targets_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "targets_section_id_idx" ON "targets"("section_id");
CREATE INDEX "targets_department_id_idx" ON "targets"("department_id");
ALTER TABLE "indicators" DROP COLUMN "section_id";
ALTER TABLE "indicators" DROP COLUMN "department_id";

-- What a figure means. Rows that exist get the reading the demo figures were written in
-- (year-to-date totals for amounts), in the indicator's own unit.
ALTER TABLE "targets" ADD COLUMN "basis" "Basis";
ALTER TABLE "targets" ADD COLUMN "frequency" "Frequency" NOT NULL DEFAULT 'monthly';
ALTER TABLE "targets" ADD COLUMN "entry_unit" TEXT;
ALTER TABLE "targets" ADD COLUMN "entry_factor" DECIMAL(20,10) NOT NULL DEFAULT 1;
ALTER TABLE "targets" ADD COLUMN "hedge" "Hedge";
UPDATE "targets" t SET
    "basis" = (CASE i."kind"
        WHEN 'growth_rate' THEN 'ytd_rate'
        WHEN 'cumulative' THEN 'ytd_total'
        WHEN 'level' THEN 'current'
        WHEN 'share' THEN 'current'
        WHEN 'average' THEN 'month_mean'
        WHEN 'day_count' THEN 'month_count'
        WHEN 'milestone' THEN 'percent_done'
    END)::"Basis",
    "entry_unit" = i."unit"
    FROM "indicators" i WHERE i."id" = t."indicator_id";
ALTER TABLE "targets" ALTER COLUMN "basis" SET NOT NULL;
ALTER TABLE "targets" ALTER COLUMN "entry_unit" SET NOT NULL;
ALTER TABLE "targets" ADD CONSTRAINT "targets_entry_factor_check" CHECK ("entry_factor" > 0);

-- Schedules: 12 cumulative shares for every scheduled kind (linear written out), none for
-- growth rates, levels and shares. The kind lives on the indicator, so a trigger checks that part.
UPDATE "targets" t SET "schedule_profile" = CASE
        WHEN i."kind" IN ('growth_rate', 'level', 'share') THEN NULL
        WHEN t."schedule_kind" = 'profile' THEN t."schedule_profile"
        ELSE ARRAY[0.083333, 0.166667, 0.25, 0.333333, 0.416667, 0.5, 0.583333, 0.666667, 0.75, 0.833333, 0.916667, 1]::DECIMAL(7,6)[]
    END
    FROM "indicators" i WHERE i."id" = t."indicator_id";
ALTER TABLE "targets" DROP COLUMN "schedule_kind";
DROP TYPE "ScheduleKind";

CREATE FUNCTION "is_schedule_profile"(p NUMERIC[]) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT array_ndims(p) = 1 AND cardinality(p) = 12 AND array_lower(p, 1) = 1 AND p[12] = 1
        AND NOT EXISTS (
            SELECT 1 FROM generate_series(1, 12) k
            WHERE p[k] IS NULL OR p[k] < 0 OR p[k] > 1 OR (k > 1 AND p[k] < p[k - 1])
        )
$$;
ALTER TABLE "targets" ADD CONSTRAINT "targets_schedule_profile_check" CHECK ("schedule_profile" IS NULL OR "is_schedule_profile"("schedule_profile"));

CREATE FUNCTION "check_target_schedule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k "IndicatorKind";
BEGIN
    -- Prisma writes "no list" as an empty array: store it as NULL.
    IF cardinality(NEW."schedule_profile") = 0 THEN
        NEW."schedule_profile" := NULL;
    END IF;
    SELECT "kind" INTO k FROM "indicators" WHERE "id" = NEW."indicator_id";
    IF k IN ('growth_rate', 'level', 'share') AND NEW."schedule_profile" IS NOT NULL THEN
        RAISE EXCEPTION 'a % target has no schedule', k USING ERRCODE = 'check_violation';
    ELSIF k NOT IN ('growth_rate', 'level', 'share') AND NEW."schedule_profile" IS NULL THEN
        RAISE EXCEPTION 'a % target needs a schedule of 12 cumulative shares', k USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "targets_schedule_by_kind" BEFORE INSERT OR UPDATE OF "schedule_profile", "indicator_id" ON "targets"
    FOR EACH ROW EXECUTE FUNCTION "check_target_schedule"();

-- Once figures exist for a target's indicator and year, what they mean is fixed.
CREATE FUNCTION "refuse_tracking_change_with_figures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW."basis", NEW."frequency", NEW."entry_unit", NEW."entry_factor") IS DISTINCT FROM (OLD."basis", OLD."frequency", OLD."entry_unit", OLD."entry_factor")
        AND EXISTS (SELECT 1 FROM "figures" f WHERE f."indicator_id" = OLD."indicator_id" AND f."year" = OLD."year") THEN
        RAISE EXCEPTION 'figures exist for this target: its basis, frequency, entry unit and entry factor cannot change'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "targets_tracking_frozen_with_figures" BEFORE UPDATE OF "basis", "frequency", "entry_unit", "entry_factor" ON "targets"
    FOR EACH ROW EXECUTE FUNCTION "refuse_tracking_change_with_figures"();

-- Per-unit targets (三个县(市)各完成100公里): each unit with its own number.
CREATE TABLE "target_units" (
    "id" SERIAL NOT NULL,
    "target_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "target_units_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "target_units_target_id_code_key" ON "target_units"("target_id", "code");
ALTER TABLE "target_units" ADD CONSTRAINT "target_units_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One figure per indicator, month and unit (no unit counts as one value: NULLS NOT DISTINCT).
ALTER TABLE "figures" ADD COLUMN "unit_id" INTEGER;
ALTER TABLE "figures" ADD CONSTRAINT "figures_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "target_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
DROP INDEX "figures_indicator_id_year_month_key";
CREATE UNIQUE INDEX "figures_indicator_id_year_month_unit_id_key" ON "figures"("indicator_id", "year", "month", "unit_id") NULLS NOT DISTINCT;

-- A figure's unit is one of its target's units, and a per-unit target's figures all have one.
CREATE FUNCTION "check_figure_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    the_target INTEGER;
    has_units BOOLEAN;
BEGIN
    SELECT t."id", EXISTS (SELECT 1 FROM "target_units" u WHERE u."target_id" = t."id")
        INTO the_target, has_units
        FROM "targets" t WHERE t."indicator_id" = NEW."indicator_id" AND t."year" = NEW."year";
    IF NEW."unit_id" IS NULL THEN
        IF has_units THEN
            RAISE EXCEPTION 'figures of a per-unit target need a unit' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM "target_units" u WHERE u."id" = NEW."unit_id" AND u."target_id" = the_target) THEN
        RAISE EXCEPTION 'unit % is not a unit of this figure''s target', NEW."unit_id" USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "figures_unit_of_target" BEFORE INSERT OR UPDATE OF "unit_id", "indicator_id", "year" ON "figures"
    FOR EACH ROW EXECUTE FUNCTION "check_figure_unit"();
