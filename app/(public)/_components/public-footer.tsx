import { getTranslations } from "next-intl/server";
import { FEED_PATH, PUBLIC_PAGES } from "@/lib/server/public/routes";

/** Where the figures come from, and the site's other doors: methodology, open data, the feed. */
export async function PublicFooter() {
  const t = await getTranslations("PublicSite");
  const methodology = await getTranslations("Methodology");
  return (
    <footer className="site-footer">
      <p>{t("footer.source")}</p>
      <p>{t("footer.publishing")}</p>
      <p className="footer-links">
        <a href={PUBLIC_PAGES.methodology}>{methodology("homeLink")}</a>
        <a href={PUBLIC_PAGES.data}>{t("nav.data")}</a>
        <a href={FEED_PATH}>{t("footer.feed")}</a>
      </p>
    </footer>
  );
}
