import { getTranslations } from "next-intl/server";
import { formatDateTime, formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  dataAsOf: string | null;
  publishedAt: string | null;
  locale: TLocale;
}

/** The month the figures are about, kept apart from when the latest of them was approved. */
export async function DataDates({ dataAsOf, publishedAt, locale }: TProps) {
  const t = await getTranslations("PublicOverview");
  if (!dataAsOf && !publishedAt) return <p className="overview-dates">{t("dates.none")}</p>;
  return (
    <dl className="overview-dates">
      {dataAsOf ? (
        <div>
          <dt>{t("dates.dataAsOf")}</dt>
          <dd data-testid="data-as-of" data-period={dataAsOf}>
            {formatPeriod(dataAsOf, locale)}
          </dd>
        </div>
      ) : null}
      {publishedAt ? (
        <div>
          <dt>{t("dates.publishedAt")}</dt>
          <dd data-testid="published-at">
            <time dateTime={publishedAt}>{formatDateTime(publishedAt, locale)}</time>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
