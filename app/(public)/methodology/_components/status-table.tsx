import { getTranslations } from "next-intl/server";
import { formatInterval, pointsInterval, ratioInterval, type TInterval } from "@/lib/client/methodology/status-conditions";
import { DISPLAY_ORDER } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatNumber } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";
import { STATUS_RULES } from "@/lib/progress/status-rules";

function band(interval: TInterval | null, variable: string, locale: TLocale): string {
  return interval ? formatInterval(interval, variable, (n) => formatNumber(n, locale, 2)) : "—";
}

/** Every status with its bands, read from RATIO_THRESHOLDS and POINT_THRESHOLDS, and its rule text from STATUS_RULES. */
export async function StatusTable({ locale }: { locale: TLocale }) {
  const t = await getTranslations("Methodology.statuses");
  return (
    <>
      <div className="table-scroll">
        <table className="dash-table method-table status-table">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col">{t("colRatio")}</th>
              <th scope="col">{t("colPoints")}</th>
              <th scope="col">{t("colMeaning")}</th>
            </tr>
          </thead>
          <tbody>
            {DISPLAY_ORDER.map((s) => (
              <tr key={s} data-status={s}>
                <th scope="row">
                  <StatusBadge status={s} locale={locale} />
                </th>
                <td className="formula" data-ratio={s} data-label={t("colRatio")}>
                  {band(ratioInterval(s), "r", locale)}
                </td>
                <td className="formula" data-points={s} data-label={t("colPoints")}>
                  {band(pointsInterval(s), "Δ", locale)}
                </td>
                <td data-label={t("colMeaning")}>{locale === "en" ? STATUS_RULES[s].en : STATUS_RULES[s].zh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="method-notes">
        <li>{t("ratioDef")}</li>
        <li>{t("pointsDef")}</li>
        <li>{t("levelNote")}</li>
      </ul>
    </>
  );
}
