import type { TProgressSeries } from "@/lib/client/charts/progress-series";
import type { TDashboardFigure } from "@/lib/contracts/dashboard";
import type { TIndicator } from "@/lib/contracts/indicators";
import { formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";
import type { TPageContext } from "./page-context";

interface TPathProps {
  series: TProgressSeries;
  unit: string;
  locale: TLocale;
  t: TPageContext["t"];
}

/** The chart's numbers as a table: the same series, readable without the drawing. */
export function PathTable({ series, unit, locale, t }: TPathProps) {
  return (
    <div className="table-scroll path-table">
      <table className="dash-table compact" data-testid="chart-table">
        <caption>{t("chartTableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            <th scope="col" className="num">
              {t("chart.actual")}
            </th>
            <th scope="col" className="num">
              {t("chart.expected")}
            </th>
            <th scope="col">{t("col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((pt) => (
            <tr key={pt.period} data-period={pt.period}>
              <th scope="row">{formatPeriod(pt.period, locale)}</th>
              <td className="num">
                {formatValue(pt.actual, unit, locale)}
                {pt.isPreview ? <span className="tag-preview">{t("previewMark")}</span> : null}
              </td>
              <td className="num">{formatValue(pt.expected, unit, locale)}</td>
              <td>{pt.actual === null ? <span className="muted">—</span> : <StatusBadge status={pt.status} locale={locale} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TFiguresProps {
  figures: TDashboardFigure[];
  indicator: TIndicator;
  locale: TLocale;
  t: TPageContext["t"];
}

/** Every figure of the year: its value, where it stands in review, its public note and the bureau's internal explanation. */
export function FiguresTable({ figures, indicator, locale, t }: TFiguresProps) {
  if (figures.length === 0) return <p className="muted">{t("noFigures")}</p>;
  const units = new Map((indicator.units ?? []).map((u) => [u.code, u]));
  return (
    <div className="table-scroll">
      <table className="dash-table figures">
        <caption className="sr-only">{t("figuresTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            {units.size > 0 ? <th scope="col">{t("unitCol")}</th> : null}
            <th scope="col" className="num">
              {t("value")}
            </th>
            <th scope="col">{t("figureStatus")}</th>
            <th scope="col">{t("note")}</th>
            <th scope="col">{t("col.explanation")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const unit = f.unit ? units.get(f.unit) : undefined;
            return (
              <tr key={`${f.period}:${f.unit ?? ""}`}>
                <th scope="row">{formatPeriod(f.period, locale)}</th>
                {units.size > 0 ? <td data-label={t("unitCol")}>{unit ? localName(unit, locale) : (f.unit ?? "—")}</td> : null}
                <td className="num" data-label={t("value")}>
                  {formatValue(f.value, indicator.unit, locale)}
                  {f.isPreview ? <span className="tag-preview">{t("previewMark")}</span> : null}
                  {f.pendingValue !== null ? <span className="cell-sub">{t("pendingValue", { value: formatValue(f.pendingValue, indicator.unit, locale) })}</span> : null}
                </td>
                <td data-label={t("figureStatus")}>{t(`figure.${f.status}`)}</td>
                <td data-label={t("note")}>{f.note ?? <span className="muted">—</span>}</td>
                <td data-label={t("col.explanation")}>{f.explanation ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
