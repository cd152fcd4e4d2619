import { getTranslations } from "next-intl/server";
import { localName } from "@/lib/client/dashboard/status";
import { formatAmount } from "@/lib/format/target";
import type { TLocale } from "@/lib/i18n/locale";
import type { TLaterTarget } from "@/lib/server/public/overview";

interface TProps {
  targets: TLaterTarget[];
  year: number;
  locale: TLocale;
}

/** Targets the report sets for a later year: what it says, with its sentence; no monthly tracking. */
export async function LaterTargets({ targets, year, locale }: TProps) {
  const t = await getTranslations("PublicOverview");
  return (
    <section className="section" id="later-targets" aria-labelledby="later-targets-title">
      <h2 id="later-targets-title">
        {t("later.title", { year })}
        <span className="section-count">{t("sectionCount", { count: targets.length })}</span>
      </h2>
      <p>{t("later.lead", { year })}</p>
      <table className="overview-later">
        <caption className="sr-only">{t("later.caption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("later.indicator")}</th>
            <th scope="col">{t("later.target")}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.code} data-code={target.code}>
              <th scope="row">
                <span className="indicator-name">{localName(target, locale)}</span>
                <q className="quote" lang="zh-CN">
                  {target.sourceQuote}
                </q>
              </th>
              <td className="overview-target" data-label={t("later.target")}>
                {formatAmount(target.target, target.unit, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
