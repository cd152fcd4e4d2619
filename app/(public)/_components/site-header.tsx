import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SignOutButton } from "@/lib/client/auth/sign-out-button";
import { LanguageSwitchLabels } from "./language-switch-labels";
import { SiteBrand } from "./site-brand";
import { getPageActor } from "@/lib/server/auth/page";

interface TProps {
  isDemo: boolean;
  /** The sign-in page itself needs no link to it. */
  hideSignIn?: boolean;
}

export async function SiteHeader({ isDemo, hideSignIn = false }: TProps) {
  const [t, dash, admin, entry, actor] = await Promise.all([getTranslations("Header"), getTranslations("Dashboard"), getTranslations("Admin"), getTranslations("Entry"), getPageActor()]);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <SiteBrand isDemo={isDemo} />
        <nav className="site-header-nav" aria-label={t("navLabel")}>
          {actor ? (
            <>
              {actor.role === "official" ? (
                <Link className="header-button" href="/entry">
                  {entry("headerLink")}
                </Link>
              ) : null}
              <Link className="header-button" href="/dashboard">
                {dash("headerLink")}
              </Link>
              {actor.role === "admin" ? (
                <Link className="header-button" href="/admin">
                  {admin("headerLink")}
                </Link>
              ) : actor.role === "leader" ? (
                <Link className="header-button" href="/admin/audit">
                  {admin("headerAuditLink")}
                </Link>
              ) : null}
              <Link className="header-account" href="/account" aria-label={t("accountOf", { name: actor.displayName })}>
                {actor.displayName}
              </Link>
              <SignOutButton className="header-button" />
            </>
          ) : hideSignIn ? null : (
            <Link className="header-button" href="/sign-in">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitchLabels />
        </nav>
      </div>
    </header>
  );
}
