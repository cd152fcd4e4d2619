import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import { indicatorPath } from "@/lib/server/public/routes";
import { IndicatorChart } from "../../indicators/_components/chart";
import { indicatorMetadata, loadIndicatorOr404 } from "../../indicators/_components/data";
import { MonthTable } from "../../indicators/_components/month-table";
import { ProjectMilestones } from "../../indicators/_components/project-milestones";
import "../../indicators/indicator.css";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  return indicatorMetadata((await params).code);
}

/** One indicator's chart for other sites to frame (600 × 400): no site header or footer, a link back, the source. */
export default async function EmbedPage({ params }: TParams) {
  const { code } = await params;
  const [{ data }, t, locale] = await Promise.all([loadIndicatorOr404(code), getTranslations("PublicIndicator.embed"), getLocale()]);
  const { indicator: ind } = data;
  return (
    <main id="main" className="embed" data-code={ind.code}>
      <div className="embed-head">
        <h1>
          <a href={indicatorPath(ind.code)} target="_blank" rel="noopener" title={t("open")} data-testid="embed-back">
            {localName(ind, locale)}
          </a>
        </h1>
        <span data-testid="status">
          <StatusBadge status={data.progress.status} locale={locale} />
        </span>
        {data.isDemo ? <span className="demo-badge">{t("demo")}</span> : null}
      </div>
      <p className="embed-meta" data-testid="data-as-of">
        {data.dataAsOf ? t("dataAsOf", { period: formatPeriod(data.dataAsOf, locale) }) : t("noData")}
      </p>
      {ind.kind === "milestone" ? (
        <ProjectMilestones data={data} />
      ) : (
        <>
          <IndicatorChart data={data} />
          <details>
            <summary>{t("details")}</summary>
            <MonthTable data={data} compact />
          </details>
        </>
      )}
      <p className="embed-source">{t("source")}</p>
    </main>
  );
}
