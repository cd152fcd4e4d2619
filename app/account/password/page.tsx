import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { ChangePasswordForm } from "@/lib/client/auth/change-password-form";
import { passwordChangePath } from "@/lib/client/auth/paths";
import { safeNextPath } from "@/lib/client/auth/safe-next";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/auth";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("Password"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

interface TProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PasswordPage({ searchParams }: TProps) {
  const next = safeNextPath((await searchParams).next);
  const actor = await requireSignedIn(passwordChangePath(next), { allowPendingPasswordChange: true });
  const [t, isDemo] = await Promise.all([getTranslations("Password"), hasDemoData(getDb())]);
  return (
    <>
      <SiteHeader isDemo={isDemo} />
      <main className="page page-narrow">
        <div className="card">
          <h1>{t("title")}</h1>
          {actor.mustChangePassword ? <p className="notice">{t("forced")}</p> : null}
          <ChangePasswordForm login={actor.login} minLength={MIN_PASSWORD_LENGTH} continueHref={next ?? "/account"} />
        </div>
      </main>
    </>
  );
}
