import Link from "next/link";
import type { TProgressStatus } from "@/lib/contracts/tracking";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { DISPLAY_ORDER, STATUS_SHAPES, statusName } from "@/lib/client/dashboard/status";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  summary: Record<TProgressStatus, number>;
  locale: TLocale;
  asOf: string;
  includeSubmitted: boolean;
  label: string;
}

/** Counts by status, each a link to the indicators with that status. */
export function StatusSummary({ summary, locale, asOf, includeSubmitted, label }: TProps) {
  return (
    <ul className="status-summary" aria-label={label}>
      {DISPLAY_ORDER.map((s) => (
        <li key={s} className={`summary-card status-${s}`} data-summary={s}>
          <Link href={dashboardHref("/dashboard/indicators", { asOf, includeSubmitted }, { status: s })}>
            <span className="summary-count">{summary[s]}</span>
            <span className="summary-label">
              <span aria-hidden="true">{STATUS_SHAPES[s]} </span>
              {statusName(s, locale)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
