import { getTranslations } from "next-intl/server";

/** Said in the page itself, not only by the header's badge, wherever demo figures are shown. */
export async function DemoNote({ year }: { year: number }) {
  const t = await getTranslations("PublicOverview");
  return (
    <p className="demo-notice" role="note">
      <span className="demo-badge">{t("demo.badge")}</span>
      {t("demo.notice", { year })}
    </p>
  );
}
