import Link from "next/link";
import type { TTrendRow } from "@/lib/contracts/trends";
import { groupBySection } from "@/lib/client/group-by-section";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatMonthShort } from "@/lib/format/month";
import { formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  rows: TTrendRow[];
  months: string[];
  locale: TLocale;
  asOf: string;
  includeSubmitted: boolean;
  labels: { caption: string; indicator: string; preview: string };
}

/**
 * Indicators (rows, grouped by section) × months: each cell the status as of that month, as word,
 * shape and colour. Rows carry data-code, cells data-period and data-status (the tests read them).
 */
export function TrendGrid({ rows, months, locale, asOf, includeSubmitted, labels }: TProps) {
  const groups = groupBySection(rows);
  return (
    <div className="table-scroll trend-scroll">
      <table className="dash-table trend-grid">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="trend-name">
              {labels.indicator}
            </th>
            {months.map((m) => (
              <th scope="col" key={m} className="trend-month">
                <abbr title={formatPeriod(m, locale)}>{formatMonthShort(m, locale)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.section.code} data-section={g.section.code}>
            <tr className="trend-section">
              <th scope="colgroup" colSpan={months.length + 1}>
                {localName(g.section, locale)}
              </th>
            </tr>
            {g.indicators.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row" className="trend-name">
                  <Link prefetch={false} href={dashboardHref(`/dashboard/indicators/${r.code}`, { asOf, includeSubmitted })}>{localName(r, locale)}</Link>
                  <span className="cell-sub">{localName(r.department, locale)}</span>
                </th>
                {r.cells.map((c) => (
                  <td key={c.period} data-period={c.period} data-status={c.status} className={c.isPreview ? "trend-cell is-preview" : "trend-cell"}>
                    <StatusBadge status={c.status} locale={locale} />
                    {c.isPreview ? <span className="sr-only">{labels.preview}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
