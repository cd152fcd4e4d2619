import Link from "next/link";
import { totalsOf, type TMatrixRow } from "@/lib/client/dashboard/matrix";
import { DISPLAY_ORDER, STATUS_SHAPES, statusName } from "@/lib/client/dashboard/status";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  rows: TMatrixRow[];
  locale: TLocale;
  caption: string;
  rowHeader: string;
  totalLabel: string;
  /** The drill-down of a row, optionally narrowed to one status. */
  hrefOf: (key: string, status?: string) => string;
}

/** Rows (sections or bureaus) × statuses; every non-zero cell links to the indicators behind it. */
export function StatusMatrix({ rows, locale, caption, rowHeader, totalLabel, hrefOf }: TProps) {
  const totals = totalsOf(rows);
  return (
    <div className="table-scroll">
      <table className="dash-table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {DISPLAY_ORDER.map((s) => (
              <th scope="col" key={s} className={`num status-head status-${s}`}>
                <span aria-hidden="true">{STATUS_SHAPES[s]} </span>
                {statusName(s, locale)}
              </th>
            ))}
            <th scope="col" className="num">
              {totalLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">
                <Link prefetch={false} href={hrefOf(row.key)}>{row.label}</Link>
              </th>
              {DISPLAY_ORDER.map((s) => (
                <td key={s} className={`num${row.counts[s] > 0 ? ` cell-${s}` : " cell-zero"}`}>
                  {row.counts[s] > 0 ? (
                    <Link prefetch={false} href={hrefOf(row.key, s)} aria-label={`${row.label}${locale === "en" ? ": " : "："}${statusName(s, locale)} ${row.counts[s]}`}>
                      {row.counts[s]}
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              ))}
              <td className="num">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {DISPLAY_ORDER.map((s) => (
              <td key={s} className="num">
                {totals[s]}
              </td>
            ))}
            <td className="num">{rows.reduce((n, r) => n + r.total, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
