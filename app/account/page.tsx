import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { SignOutButton } from "@/lib/client/auth/sign-out-button";
import { getProfile } from "@/lib/server/accounts/profile";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("Account"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const db = getDb();
  const [t, locale, profile, isDemo] = await Promise.all([getTranslations("Account"), getLocale(), getProfile(db, actor.userId), hasDemoData(db)]);
  if (!profile) notFound();
  const department = profile.department ? (locale === "en" ? profile.department.nameEn : profile.department.nameZh) : null;
  return (
    <>
      <SiteHeader isDemo={isDemo} />
      <main className="page page-narrow">
        <div className="card">
          <h1>{t("title")}</h1>
          <dl className="details">
            <dt>{t("displayName")}</dt>
            <dd>{profile.displayName}</dd>
            <dt>{t("login")}</dt>
            <dd className="mono">{profile.login}</dd>
            <dt>{t("role")}</dt>
            <dd>{t(`roles.${profile.role}`)}</dd>
            <dt>{t("department")}</dt>
            <dd>{department ?? <span className="muted">{t("noDepartment")}</span>}</dd>
          </dl>
          <h2 className="card-subtitle">{t("security")}</h2>
          <div className="actions">
            <Link className="button-secondary" href="/account/password">
              {t("changePassword")}
            </Link>
            <SignOutButton className="button-secondary" />
          </div>
        </div>
      </main>
    </>
  );
}
