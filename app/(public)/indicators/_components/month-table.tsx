import { getLocale, getTranslations } from "next-intl/server";
import { formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import type { TPublishedFigure } from "@/lib/contracts/indicators";
import type { TBasis } from "@/lib/contracts/tracking";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import { formatQuantity } from "@/lib/format/unit";
import type { TPublicIndicator } from "@/lib/server/public/indicator";
import { unitsTotal } from "./data";

/** Bases whose monthly figure is not itself the year-to-date actual: the table shows both. */
const MONTHLY_BASES: ReadonlySet<TBasis> = new Set(["month_amount", "month_mean", "month_count"]);

const raw = (v: number | null) => (v === null ? "" : String(v));

/**
 * The chart's numbers as a table, month by month: the published actual, the expected path, the
 * status and the month's public notes, with the year's target at the foot. `compact` (the embed)
 * keeps the month, actual, expected and status.
 */
export async function MonthTable({ data, compact = false }: { data: TPublicIndicator; compact?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator.table"), getLocale()]);
  const { indicator } = data;
  const unit = indicator.unit;
  const byPeriod = new Map<string, TPublishedFigure[]>();
  for (const f of data.figures) byPeriod.set(f.period, [...(byPeriod.get(f.period) ?? []), f]);
  const unitNames = new Map((indicator.units ?? []).map((u) => [u.code, localName(u, locale)]));
  const showFigure = !compact && indicator.units === null && MONTHLY_BASES.has(indicator.basis);
  const notesOf = (period: string) =>
    (byPeriod.get(period) ?? [])
      .filter((f) => f.note)
      .map((f) => (f.unit ? `${unitNames.get(f.unit) ?? f.unit}${locale === "en" ? ": " : "："}${f.note}` : f.note))
      .join(locale === "en" ? "; " : "；");
  const total = unitsTotal(indicator);
  const columns = 4 + (showFigure ? 1 : 0) + (compact ? 0 : 1);
  return (
    <>
    <div className="table-scroll">
      <table className="dash-table month-table" data-testid="month-table">
        <caption>{t("caption", { name: localName(indicator, locale), year: data.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            {showFigure ? (
              <th scope="col" className="num">
                {t("figure")}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t("actual")}
            </th>
            <th scope="col" className="num">
              {t("expected")}
            </th>
            <th scope="col">{t("status")}</th>
            {compact ? null : <th scope="col">{t("note")}</th>}
          </tr>
        </thead>
        <tbody>
          {data.months.map((m) => {
            const figure = byPeriod.get(m.period)?.[0];
            return (
              <tr key={m.period} data-period={m.period} data-actual={raw(m.actual)} data-expected={raw(m.expected)} data-status={m.status}>
                <th scope="row">{formatPeriod(m.period, locale)}</th>
                {showFigure ? (
                  <td className="num" data-figure={raw(figure?.value ?? null)}>
                    {formatValue(figure?.value ?? null, unit, locale)}
                  </td>
                ) : null}
                <td className="num cell-actual">{formatValue(m.actual, unit, locale)}</td>
                <td className="num cell-expected">{formatValue(m.expected, unit, locale)}</td>
                <td className="cell-status">{m.actual === null ? <span className="muted">—</span> : <StatusBadge status={m.status} locale={locale} />}</td>
                {compact ? null : <td className="cell-note" lang="zh-CN">{notesOf(m.period) || <span className="muted">—</span>}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("target")}</th>
            <td colSpan={columns - 1} className="cell-target">
              {total === null ? formatAmount(indicator.target, unit, locale) : t("unitsTotal", { each: formatAmount(indicator.target, unit, locale), total: formatQuantity(total, unit, locale) })}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
      {!compact && indicator.frequency === "quarterly" ? <p className="table-note">{t("quarterly")}</p> : null}
    </>
  );
}
