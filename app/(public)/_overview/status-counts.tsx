import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DISPLAY_ORDER, STATUS_SHAPES, statusName } from "@/lib/client/dashboard/status";
import type { TProgressStatus } from "@/lib/contracts/tracking";
import { formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

interface TProps {
  summary: Record<TProgressStatus, number>;
  dataAsOf: string | null;
  locale: TLocale;
}

/** How many of the year's targets stand at each status, as the progress API's summary counts them. */
export async function StatusCounts({ summary, dataAsOf, locale }: TProps) {
  const t = await getTranslations("PublicOverview");
  const total = Object.values(summary).reduce((a, b) => a + b, 0);
  return (
    <section className="section overview-summary" id="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t("summary.title")}</h2>
      <p>
        {dataAsOf
          ? t.rich("summary.lead", { period: formatPeriod(dataAsOf, locale), total, link: (text) => <Link href={PUBLIC_PAGES.methodology}>{text}</Link> })
          : t("summary.leadNoData", { total })}
      </p>
      <ul className="status-summary overview-counts" aria-label={t("summary.label")}>
        {DISPLAY_ORDER.map((s) => (
          <li key={s} className={`summary-card status-${s}`} data-summary={s}>
            <span className="summary-count">{t("summary.count", { count: summary[s] })}</span>
            <span className="summary-label">
              <span aria-hidden="true">{STATUS_SHAPES[s]} </span>
              {statusName(s, locale)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
