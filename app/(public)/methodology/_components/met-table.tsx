import { getTranslations } from "next-intl/server";
import type { TComparator } from "@/lib/contracts/common";
import type { TIndicator } from "@/lib/contracts/indicators";
import { listNames } from "@/lib/client/methodology/names";
import { formatNumber } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";
import { ABOUT_TOLERANCE, MET_RULES } from "@/lib/progress/met-rules";

const WORDING: Record<TComparator, "gte" | "lte" | "lt" | "eq" | "range" | "about"> = {
  ">=": "gte",
  "<=": "lte",
  "<": "lt",
  "=": "eq",
  range: "range",
  about: "about",
};

interface TProps {
  indicators: TIndicator[];
  year: number;
  locale: TLocale;
}

/** MET_RULES as a table (comparator × direction), the 左右 tolerance from ABOUT_TOLERANCE, and the report's hedges. */
export async function MetTable({ indicators, year, locale }: TProps) {
  const t = await getTranslations("Methodology");
  const text = (rule: { zh: string; en: string }) => (locale === "en" ? rule.en : rule.zh);
  const comparators = Object.keys(MET_RULES) as TComparator[];
  const hedged = (hedge: "aspirational" | "guaranteed") => indicators.filter((i) => i.hedge === hedge);
  const names = (items: TIndicator[]) => {
    const list = listNames(items, locale, 12);
    return list.isTruncated ? t("moreNames", { names: list.names, total: list.total }) : list.names || t("none");
  };
  return (
    <>
      <div className="table-scroll">
        <table className="dash-table method-table met-table">
          <caption>{t("met.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("met.colWording")}</th>
              <th scope="col">{t("met.colSymbol")}</th>
              <th scope="col">{t("met.colHigher")}</th>
              <th scope="col">{t("met.colLower")}</th>
              <th scope="col" className="num">
                {t("met.colCount", { year })}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparators.map((c) => (
              <tr key={c} data-comparator={c}>
                <th scope="row">{t(`met.wording.${WORDING[c]}`)}</th>
                <td data-label={t("met.colSymbol")}>
                  <code>{c}</code>
                </td>
                <td data-label={t("met.colHigher")}>{text(MET_RULES[c].higher_is_better)}</td>
                <td data-label={t("met.colLower")}>{text(MET_RULES[c].lower_is_better)}</td>
                <td className="num" data-label={t("met.colCount", { year })}>
                  {indicators.filter((i) => i.target.comparator === c).length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="method-tolerance" data-testid="about-tolerance">
        {t("met.tolerance", { points: formatNumber(ABOUT_TOLERANCE.points, locale, 2), percent: `${formatNumber(ABOUT_TOLERANCE.relative * 100, locale, 2)}%` })}
      </p>
      <h3>{t("met.hedgeTitle")}</h3>
      <p>{t("met.hedge")}</p>
      <p>{t("met.hedgeCount", { year, aspirational: hedged("aspirational").length, guaranteed: hedged("guaranteed").length })}</p>
      <dl className="method-hedges">
        <div>
          <dt>{t("met.aspirational")}</dt>
          <dd>{names(hedged("aspirational"))}</dd>
        </div>
        <div>
          <dt>{t("met.guaranteed")}</dt>
          <dd>{names(hedged("guaranteed"))}</dd>
        </div>
      </dl>
    </>
  );
}
