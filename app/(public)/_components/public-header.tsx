import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageSwitch } from "@/lib/client/i18n/language-switch";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

interface TProps {
  isDemo: boolean;
  /** The page being read, marked in the navigation (aria-current). */
  current?: keyof typeof PUBLIC_PAGES;
}

/** The public site's header: the same for every reader (no session is read), so pages can be cached. */
export async function PublicHeader({ isDemo, current }: TProps) {
  const [t, site] = await Promise.all([getTranslations("Header"), getTranslations("PublicSite")]);
  const links = (["overview", "report", "review2019", "projects", "methodology", "data"] as const).map((page) => ({ page, href: PUBLIC_PAGES[page], label: site(`nav.${page}`) }));
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {site("skipToContent")}
      </a>
      <div className="site-header-inner">
        <div className="site-header-brand">
          <Link className="brand" href={PUBLIC_PAGES.overview}>
            <span className="brand-city">{t("city")}</span>
            <span className="brand-title">{t("title")}</span>
          </Link>
          {isDemo ? (
            <span className="demo-badge" title={t("demoTitle")}>
              {t("demoBadge")}
            </span>
          ) : null}
        </div>
        <div className="site-header-nav">
          <Link className="header-button" href="/sign-in">
            {site("staffSignIn")}
          </Link>
          <LanguageSwitch />
        </div>
      </div>
      <nav className="public-nav" aria-label={site("nav.label")}>
        <ul>
          {links.map(({ page, href, label }) => (
            <li key={href}>
              <Link href={href} aria-current={page === current ? "page" : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
