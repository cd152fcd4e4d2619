-- Accounts (better-auth), the write path (published vs working value, who did what), per-bureau
-- period locks with audited unlocking, richer audit records, and removable demo data.

-- Users become better-auth users. The old password hashes (a format better-auth does not read)
-- are dropped: a database that had logins gets them back with `user create` or, on the embedded
-- demo, from the seed.
ALTER TABLE "users" ADD COLUMN "display_login" TEXT;
ALTER TABLE "users" ADD COLUMN "email" TEXT;
UPDATE "users" SET "email" = lower("login") || '@users.invalid';
ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;
ALTER TABLE "users" ADD COLUMN "email_verified" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "users" ADD COLUMN "image" TEXT;
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "users" ADD COLUMN "banned" BOOLEAN NOT NULL DEFAULT false;
UPDATE "users" SET "banned" = NOT "is_active";
ALTER TABLE "users" ADD COLUMN "ban_reason" TEXT;
ALTER TABLE "users" ADD COLUMN "ban_expires" TIMESTAMPTZ(3);
ALTER TABLE "users" ADD COLUMN "is_demo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "users" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "users" DROP COLUMN "password_hash";
ALTER TABLE "users" DROP COLUMN "is_active";
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "sessions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "accounts" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "verifications" (
    "id" SERIAL NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMPTZ(3),
    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- API tokens: a recognisable prefix and an optional expiry.
ALTER TABLE "api_tokens" ADD COLUMN "prefix" TEXT NOT NULL DEFAULT '';
ALTER TABLE "api_tokens" ALTER COLUMN "prefix" DROP DEFAULT;
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" TIMESTAMPTZ(3);

-- Figures: the working value apart from the published one; author, submitter and reviewer.
ALTER TABLE "figures" RENAME COLUMN "updated_by_id" TO "author_id";
ALTER TABLE "figures" RENAME CONSTRAINT "figures_updated_by_id_fkey" TO "figures_author_id_fkey";
ALTER TABLE "figures" ADD COLUMN "explanation" TEXT;
ALTER TABLE "figures" ADD COLUMN "submitted_by_id" INTEGER;
ALTER TABLE "figures" ADD COLUMN "reviewed_by_id" INTEGER;
ALTER TABLE "figures" RENAME COLUMN "approved_at" TO "reviewed_at";
ALTER TABLE "figures" ADD COLUMN "published_value" DECIMAL(20,6);
ALTER TABLE "figures" ADD COLUMN "published_note" TEXT;
ALTER TABLE "figures" ADD COLUMN "published_at" TIMESTAMPTZ(3);
ALTER TABLE "figures" ADD COLUMN "revised_at" TIMESTAMPTZ(3);
UPDATE "figures" SET "published_value" = "value", "published_note" = "note", "published_at" = "reviewed_at"
    WHERE "status" = 'approved';
ALTER TABLE "figures" ADD CONSTRAINT "figures_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "figures" ADD CONSTRAINT "figures_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "figures" ADD CONSTRAINT "figures_published_check" CHECK ("published_at" IS NOT NULL OR ("published_value" IS NULL AND "published_note" IS NULL AND "revised_at" IS NULL));

ALTER TABLE "figure_revisions" ADD COLUMN "action" TEXT NOT NULL DEFAULT 'put';
ALTER TABLE "figure_revisions" ADD COLUMN "explanation" TEXT;
ALTER TABLE "figure_revisions" ADD COLUMN "is_demo" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "figure_publications" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DECIMAL(20,6),
    "note" TEXT,
    "previous_value" DECIMAL(20,6),
    "is_revision" BOOLEAN NOT NULL,
    "approved_by_id" INTEGER,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "figure_publications_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "figure_publications_figure_id_version_key" ON "figure_publications"("figure_id", "version");
ALTER TABLE "figure_publications" ADD CONSTRAINT "figure_publications_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "figure_publications" ADD CONSTRAINT "figure_publications_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every figure approved so far becomes a first publication; demo rows stay marked as demo.
UPDATE "figure_revisions" r SET "is_demo" = true FROM "figures" f WHERE f."id" = r."figure_id" AND f."is_demo";
INSERT INTO "figure_publications" ("figure_id", "version", "value", "note", "previous_value", "is_revision", "is_demo", "published_at")
    SELECT "id", "version", "published_value", "published_note", NULL, false, "is_demo", "published_at"
    FROM "figures" WHERE "published_at" IS NOT NULL;

-- Period locks: per month, optionally per bureau; unlocking is recorded, not deleted.
DROP INDEX "period_locks_year_month_key";
ALTER TABLE "period_locks" ADD COLUMN "department_id" INTEGER;
ALTER TABLE "period_locks" ADD COLUMN "unlocked_by_id" INTEGER;
ALTER TABLE "period_locks" ADD COLUMN "unlocked_at" TIMESTAMPTZ(3);
ALTER TABLE "period_locks" ADD COLUMN "unlock_reason" TEXT;
CREATE INDEX "period_locks_year_month_idx" ON "period_locks"("year", "month");
CREATE UNIQUE INDEX "period_locks_open_key" ON "period_locks"("year", "month", COALESCE("department_id", 0)) WHERE "unlocked_at" IS NULL;
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_unlocked_by_id_fkey" FOREIGN KEY ("unlocked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_unlock_check" CHECK (("unlocked_at" IS NULL) = ("unlock_reason" IS NULL));

-- Audit records: the session or token used, the request, the bureau; a reason only where needed.
ALTER TABLE "audit_log" ALTER COLUMN "reason" DROP NOT NULL;
ALTER TABLE "audit_log" ADD COLUMN "session_id" INTEGER;
ALTER TABLE "audit_log" ADD COLUMN "token_id" INTEGER;
ALTER TABLE "audit_log" ADD COLUMN "request_id" TEXT;
ALTER TABLE "audit_log" ADD COLUMN "department_id" INTEGER;
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log"("actor_id");
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "api_tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Append-only, but for demo rows: `demo remove` may delete synthetic figures and their history.
CREATE FUNCTION "refuse_change_unless_demo"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD."is_demo" THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE FUNCTION "refuse_delete_unless_demo"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."is_demo" THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'rows of % are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE FUNCTION "refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% cannot be truncated', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

DROP TRIGGER "figure_revisions_append_only" ON "figure_revisions";
CREATE TRIGGER "figure_revisions_append_only" BEFORE UPDATE OR DELETE ON "figure_revisions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_unless_demo"();
CREATE TRIGGER "figure_publications_append_only" BEFORE UPDATE OR DELETE ON "figure_publications"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_unless_demo"();
CREATE TRIGGER "figures_keep_rows" BEFORE DELETE ON "figures"
    FOR EACH ROW EXECUTE FUNCTION "refuse_delete_unless_demo"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
CREATE TRIGGER "figure_revisions_no_truncate" BEFORE TRUNCATE ON "figure_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
CREATE TRIGGER "figure_publications_no_truncate" BEFORE TRUNCATE ON "figure_publications"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
CREATE TRIGGER "figures_no_truncate" BEFORE TRUNCATE ON "figures"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
