import Link from "next/link";
import type { TDashboardRow } from "@/lib/contracts/dashboard";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { formatGap, formatPace, formatValue } from "@/lib/client/dashboard/row-format";
import { isLagging, localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import type { TLocale } from "@/lib/i18n/locale";
import { STATUS_ORDER } from "@/lib/progress/status-rules";
import type { TPageContext } from "./page-context";

interface TProps {
  rows: TDashboardRow[];
  locale: TLocale;
  t: TPageContext["t"];
  asOf: string;
  includeSubmitted: boolean;
}

/** Off-track first, then behind; the report's order within each. */
export function laggingRows(rows: readonly TDashboardRow[]): TDashboardRow[] {
  return rows.filter((r) => isLagging(r.progress.status)).sort((a, b) => STATUS_ORDER.indexOf(a.progress.status) - STATUS_ORDER.indexOf(b.progress.status));
}

/** Each lagging indicator with its numbers, the bureau's explanation and the pace needed to catch up. */
export function BehindList({ rows, locale, t, asOf, includeSubmitted }: TProps) {
  const lagging = laggingRows(rows);
  if (lagging.length === 0) return <p className="muted">{t("nothingBehind")}</p>;
  return (
    <ol className="behind-list">
      {lagging.map((r) => {
        const p = r.progress;
        return (
          <li key={r.code} className="behind-item" data-code={r.code} data-status={p.status}>
            <div className="behind-head">
              <h3>
                <Link prefetch={false} href={dashboardHref(`/dashboard/indicators/${r.code}`, { asOf, includeSubmitted })}>{localName(r, locale)}</Link>
              </h3>
              <StatusBadge status={p.status} locale={locale} />
              {r.hasPreview ? <span className="tag-preview">{t("previewMark")}</span> : null}
            </div>
            <dl className="behind-facts">
              <div>
                <dt>{t("col.bureau")}</dt>
                <dd>{localName(r.department, locale)}</dd>
              </div>
              <div>
                <dt>{t("col.target")}</dt>
                <dd>
                  {r.hedge ? <span className="hedge-word">{t(`hedge.${r.hedge}`)}</span> : null}
                  {formatAmount(r.target, r.unit, locale)}
                </dd>
              </div>
              <div>
                <dt>{t("col.actual")}</dt>
                <dd>
                  {formatValue(p.actual, r.unit, locale)}
                  {p.period ? (locale === "en" ? ` (${formatPeriod(p.period, locale)})` : `（${formatPeriod(p.period, locale)}）`) : ""}
                </dd>
              </div>
              <div>
                <dt>{t("col.expected")}</dt>
                <dd>{formatValue(p.expected, r.unit, locale)}</dd>
              </div>
              <div>
                <dt>{t("col.gap")}</dt>
                <dd>{formatGap(p, locale)}</dd>
              </div>
              <div>
                <dt>{t("col.projected")}</dt>
                <dd>{formatValue(p.projected, r.unit, locale)}</dd>
              </div>
              <div>
                <dt>{t("col.requiredPace")}</dt>
                <dd>{formatPace(p.requiredPace, r.unit, locale)}</dd>
              </div>
            </dl>
            <div className="behind-explanation">
              <h4>{t("col.explanation")}</h4>
              {r.explanation ? (
                <p>
                  {r.explanation.text}
                  <span className="cell-sub">{t("explanationOf", { period: formatPeriod(r.explanation.period, locale) })}</span>
                </p>
              ) : (
                <p className="muted">{t("noExplanation")}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
