import { getTranslations } from "next-intl/server";
import type { TIndicator } from "@/lib/contracts/indicators";
import { localName, statusName } from "@/lib/client/dashboard/status";
import { formatAmount } from "@/lib/format/target";
import { formatQuantity } from "@/lib/format/unit";
import type { TLocale } from "@/lib/i18n/locale";
import { STATUS_ORDER } from "@/lib/progress/status-rules";

interface TProps {
  indicators: TIndicator[];
  year: number;
  locale: TLocale;
}

/** Per-unit targets: the rule (worst unit's status, in STATUS_ORDER) and the year's targets with their units' numbers. */
export async function UnitTargets({ indicators, year, locale }: TProps) {
  const t = await getTranslations("Methodology");
  const sep = t("listSeparator");
  const perUnit = indicators.filter((i) => i.units !== null && i.units.length > 0);
  return (
    <>
      <p data-testid="status-order">{t("units.text", { order: STATUS_ORDER.map((s) => statusName(s, locale)).join(sep) })}</p>
      {perUnit.length > 0 ? (
        <div className="table-scroll">
          <table className="dash-table method-table units-table">
            <caption>{t("units.caption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("units.colTarget")}</th>
                <th scope="col">{t("units.colUnits")}</th>
              </tr>
            </thead>
            <tbody>
              {perUnit.map((i) => (
                <tr key={i.code} data-code={i.code}>
                  <th scope="row">
                    {localName(i, locale)}
                    <span className="cell-sub">{formatAmount(i.target, i.unit, locale)}</span>
                  </th>
                  <td data-label={t("units.colUnits")}>{(i.units ?? []).map((u) => `${localName(u, locale)} ${formatQuantity(u.value, i.unit, locale)}`).join(sep)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
