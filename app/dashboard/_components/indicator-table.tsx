import Link from "next/link";
import type { TDashboardRow } from "@/lib/contracts/dashboard";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { formatGap, formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import type { TLocale } from "@/lib/i18n/locale";

export interface TIndicatorTableLabels {
  caption: string;
  indicator: string;
  bureau: string;
  target: string;
  actual: string;
  expected: string;
  gap: string;
  status: string;
  preview: string;
  empty: string;
  hedge: { aspirational: string; guaranteed: string };
}

interface TProps {
  rows: TDashboardRow[];
  locale: TLocale;
  labels: TIndicatorTableLabels;
  asOf: string;
  includeSubmitted: boolean;
  showBureau?: boolean;
}

/**
 * Indicators with their judgement; each row carries data-code and data-status (the tests compare them with the API).
 * Row links are not prefetched (here, in the matrices, the behind list and the trends): a view of 51
 * indicators would otherwise have the server render 51 pages for every reader who opens it.
 */
export function IndicatorTable({ rows, locale, labels, asOf, includeSubmitted, showBureau = true }: TProps) {
  if (rows.length === 0) return <p className="muted">{labels.empty}</p>;
  return (
    <div className="table-scroll">
      <table className="dash-table indicators">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.indicator}</th>
            {showBureau ? <th scope="col">{labels.bureau}</th> : null}
            <th scope="col">{labels.target}</th>
            <th scope="col">{labels.actual}</th>
            <th scope="col">{labels.expected}</th>
            <th scope="col">{labels.gap}</th>
            <th scope="col">{labels.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const p = r.progress;
            return (
              <tr key={r.code} data-code={r.code} data-status={p.status}>
                <th scope="row">
                  <Link prefetch={false} href={dashboardHref(`/dashboard/indicators/${r.code}`, { asOf, includeSubmitted })}>{localName(r, locale)}</Link>
                  {r.hasPreview ? <span className="tag-preview">{labels.preview}</span> : null}
                </th>
                {showBureau ? (
                  <td data-label={labels.bureau} className="muted">
                    {localName(r.department, locale)}
                  </td>
                ) : null}
                <td data-label={labels.target}>
                  {r.hedge ? <span className="hedge-word">{labels.hedge[r.hedge]}</span> : null}
                  {formatAmount(r.target, r.unit, locale)}
                </td>
                <td data-label={labels.actual} className="num">
                  {formatValue(p.actual, r.unit, locale)}
                  {p.period ? <span className="cell-sub">{formatPeriod(p.period, locale)}</span> : null}
                </td>
                <td data-label={labels.expected} className="num">
                  {formatValue(p.expected, r.unit, locale)}
                </td>
                <td data-label={labels.gap}>{formatGap(p, locale)}</td>
                <td data-label={labels.status}>
                  <StatusBadge status={p.status} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
