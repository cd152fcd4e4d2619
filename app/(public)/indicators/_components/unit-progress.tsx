import { getLocale, getTranslations } from "next-intl/server";
import { formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";
import type { TPublicIndicator } from "@/lib/server/public/indicator";

/** A per-unit target (三个县(市)各100公里): each place's own target, judgement and published figures. */
export async function UnitProgress({ data }: { data: TPublicIndicator }) {
  const [t, table, locale] = await Promise.all([getTranslations("PublicIndicator.units"), getTranslations("PublicIndicator.table"), getLocale()]);
  const { indicator: ind, progress } = data;
  const units = ind.units ?? [];
  if (units.length === 0) return null;
  const judged = new Map((progress.units ?? []).map((u) => [u.code, u]));
  const periods = [...new Set(data.figures.map((f) => f.period))].sort();
  const valueOf = (period: string, unit: string) => data.figures.find((f) => f.period === period && f.unit === unit)?.value ?? null;
  return (
    <section className="section" aria-labelledby="units-title">
      <h2 id="units-title">{t("title")}</h2>
      <p>{t("lead")}</p>
      <div className="table-scroll">
        <table className="dash-table" data-testid="units-table">
          <caption>{t("caption", { period: formatPeriod(data.asOf, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("unit")}</th>
              <th scope="col" className="num">
                {t("target")}
              </th>
              <th scope="col" className="num">
                {table("actual")}
              </th>
              <th scope="col" className="num">
                {table("expected")}
              </th>
              <th scope="col">{table("status")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => {
              const row = judged.get(u.code);
              return (
                <tr key={u.code} data-unit={u.code} data-status={row?.status ?? "no_data"}>
                  <th scope="row">{localName(u, locale)}</th>
                  <td className="num">{formatQuantity(u.value, ind.unit, locale)}</td>
                  <td className="num">{formatValue(row?.actual ?? null, ind.unit, locale)}</td>
                  <td className="num">{formatValue(row?.expected ?? null, ind.unit, locale)}</td>
                  <td>
                    <StatusBadge status={row?.status ?? "no_data"} locale={locale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {periods.length > 0 ? (
        <div className="table-scroll">
          <table className="dash-table" data-testid="unit-figures">
            <caption>{t("figuresCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                {units.map((u) => (
                  <th key={u.code} scope="col" className="num">
                    {localName(u, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period} data-period={period}>
                  <th scope="row">{formatPeriod(period, locale)}</th>
                  {units.map((u) => (
                    <td key={u.code} className="num" data-unit={u.code} data-value={valueOf(period, u.code) ?? ""}>
                      {formatValue(valueOf(period, u.code), ind.unit, locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
