import { getTranslations } from "next-intl/server";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

/**
 * The city and the tracker's name, linking home, with the demo badge when the data is made up.
 * A plain link: the public overview comes from the public cache, which a client navigation would bypass.
 */
export async function SiteBrand({ isDemo }: { isDemo: boolean }) {
  const t = await getTranslations("Header");
  return (
    <div className="site-header-brand">
      <a className="brand" href={PUBLIC_PAGES.overview}>
        <span className="brand-city">{t("city")}</span>
        <span className="brand-title">{t("title")}</span>
      </a>
      {isDemo ? (
        <span className="demo-badge" title={t("demoTitle")}>
          {t("demoBadge")}
        </span>
      ) : null}
    </div>
  );
}
