import { getTranslations } from "next-intl/server";
import type { TIndicator } from "@/lib/contracts/indicators";
import { basisRows, frequencyRows } from "@/lib/client/methodology/bases";
import { listNames } from "@/lib/client/methodology/names";
import { formatMonthList } from "@/lib/format/month";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  indicators: TIndicator[];
  year: number;
  locale: TLocale;
}

async function namesFormatter(locale: TLocale) {
  const t = await getTranslations("Methodology");
  return (items: TIndicator[]) => {
    const list = listNames(items, locale);
    return list.isTruncated ? t("moreNames", { names: list.names, total: list.total }) : list.names || t("none");
  };
}

/** What one monthly figure is, per basis, and how the engine adds the months up (lib/progress/schedule.ts). */
export async function BasisTable({ indicators, year, locale }: TProps) {
  const t = await getTranslations("Methodology.bases");
  const names = await namesFormatter(locale);
  return (
    <div className="table-scroll">
      <table className="dash-table method-table basis-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colBasis")}</th>
            <th scope="col">{t("colWhat")}</th>
            <th scope="col">{t("colHow")}</th>
            <th scope="col">{t("colUsed", { year })}</th>
          </tr>
        </thead>
        <tbody>
          {basisRows(indicators).map((row) => (
            <tr key={row.basis} data-basis={row.basis} data-aggregation={row.aggregation}>
              <th scope="row">
                <code>{row.basis}</code>
              </th>
              <td data-label={t("colWhat")}>{t(`what.${row.basis}`)}</td>
              <td data-label={t("colHow")}>
                {t(`how.${row.aggregation}`)}
                {row.isAccumulating ? <span className="cell-sub">{t("accumulating")}</span> : null}
              </td>
              <td className="method-names" data-label={t("colUsed", { year })}>
                {names(row.indicators)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How often figures are due, from dueMonths. */
export async function FrequencyTable({ indicators, year, locale }: TProps) {
  const t = await getTranslations("Methodology.frequency");
  const names = await namesFormatter(locale);
  return (
    <div className="table-scroll">
      <table className="dash-table method-table frequency-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colFrequency")}</th>
            <th scope="col">{t("colMonths")}</th>
            <th scope="col">{t("colUsed", { year })}</th>
          </tr>
        </thead>
        <tbody>
          {frequencyRows(indicators).map((row) => (
            <tr key={`${row.frequency}:${row.isYtdRate}`} data-frequency={row.frequency}>
              <th scope="row">
                {t(`name.${row.frequency}`)} <code>{row.frequency}</code>
                {row.isYtdRate ? <span className="cell-sub">{t("ytdRate")}</span> : null}
              </th>
              <td data-label={t("colMonths")}>{formatMonthList(row.months, locale)}</td>
              <td className="method-names" data-label={t("colUsed", { year })}>
                {names(row.indicators)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
