import { getTranslations } from "next-intl/server";
import { LanguageSwitchLabels } from "./language-switch-labels";
import { SiteBrand } from "./site-brand";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

interface TProps {
  isDemo: boolean;
  /** The page being read, marked in the navigation (aria-current). */
  current?: keyof typeof PUBLIC_PAGES;
}

/**
 * The public site's header: the same for every reader (no session is read), so pages can be cached.
 * Plain links, not next/link: a page opened from them comes from the public cache, where a
 * prefetch or client navigation would render it afresh for every reader.
 */
export async function PublicHeader({ isDemo, current }: TProps) {
  const site = await getTranslations("PublicSite");
  const links = (["overview", "report", "review2019", "projects", "methodology", "data"] as const).map((page) => ({ page, href: PUBLIC_PAGES[page], label: site(`nav.${page}`) }));
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {site("skipToContent")}
      </a>
      <div className="site-header-inner">
        <SiteBrand isDemo={isDemo} />
        <div className="site-header-nav">
          <a className="header-button" href="/sign-in">
            {site("staffSignIn")}
          </a>
          <LanguageSwitchLabels />
        </div>
      </div>
      <nav className="public-nav" aria-label={site("nav.label")}>
        <ul>
          {links.map(({ page, href, label }) => (
            <li key={href}>
              <a href={href} aria-current={page === current ? "page" : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
