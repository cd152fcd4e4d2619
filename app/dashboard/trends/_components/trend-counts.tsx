import type { TMonthCounts } from "@/lib/client/dashboard/trends";
import { DISPLAY_ORDER, STATUS_SHAPES, statusName } from "@/lib/client/dashboard/status";
import { formatMonthShort } from "@/lib/format/month";
import { formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  months: TMonthCounts[];
  locale: TLocale;
  caption: string;
  statusHeader: string;
}

/** Statuses (rows) × months: how many indicators were in each, the chart's numbers as a table. */
export function TrendCounts({ months, locale, caption, statusHeader }: TProps) {
  return (
    <div className="table-scroll">
      <table className="dash-table trend-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{statusHeader}</th>
            {months.map((m) => (
              <th scope="col" key={m.period} className="num">
                <abbr title={formatPeriod(m.period, locale)}>{formatMonthShort(m.period, locale)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DISPLAY_ORDER.map((s) => (
            <tr key={s} data-status={s}>
              <th scope="row" className="trend-status">
                <span className={`trend-swatch trend-swatch-${s}`} aria-hidden="true" />
                <span aria-hidden="true">{STATUS_SHAPES[s]} </span>
                {statusName(s, locale)}
              </th>
              {months.map((m) => (
                <td key={m.period} data-period={m.period} className={m.counts[s] > 0 ? "num" : "num muted"}>
                  {m.counts[s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
