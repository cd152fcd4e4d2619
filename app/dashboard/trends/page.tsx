import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusTrendChart } from "@/lib/client/charts/status-trend-chart";
import { DISPLAY_ORDER, statusName } from "@/lib/client/dashboard/status";
import { countStatusesByMonth, toStackedSeries } from "@/lib/client/dashboard/trends";
import { formatPeriod } from "@/lib/format/number";
import { getTrends } from "@/lib/server/dashboard/trends";
import { DashboardShell } from "../_components/dashboard-shell";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";
import { TrendCounts } from "./_components/trend-counts";
import { TrendGrid } from "./_components/trend-grid";
import "./trends.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Trends");
  return { title: t("title") };
}

export default async function TrendsPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/trends", searchParams);
  const { locale, params, db, scope } = ctx;
  const t = await getTranslations("Trends");
  const data = await getTrends(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const range = { from: formatPeriod(data.months[0] ?? data.asOf, locale), to: formatPeriod(data.asOf, locale) };
  const counts = countStatusesByMonth(data.rows, data.months);
  const names = Object.fromEntries(DISPLAY_ORDER.map((s) => [s, statusName(s, locale)])) as Record<(typeof DISPLAY_ORDER)[number], string>;
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path="/dashboard/trends" title={t("heading", range)} tab="trends">
      <p className="dash-note trend-lead">
        {t.rich("lead", { link: (chunks) => <Link href="/methodology">{chunks}</Link> })}
      </p>
      {data.rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <>
          <section className="dash-section" aria-labelledby="counts-title">
            <h2 id="counts-title">{t("countsTitle")}</h2>
            <div className="trend-counts-layout">
              <StatusTrendChart series={toStackedSeries(counts)} locale={locale} names={names} label={t("chartLabel")} />
              <TrendCounts months={counts} locale={locale} caption={t("countsCaption", range)} statusHeader={t("colStatus")} />
            </div>
          </section>
          <section className="dash-section" aria-labelledby="grid-title">
            <h2 id="grid-title">{t("gridTitle")}</h2>
            <p className="dash-note trend-hint">{t("scrollHint")}</p>
            <TrendGrid
              rows={data.rows}
              months={data.months}
              locale={locale}
              asOf={data.asOf}
              includeSubmitted={params.includeSubmitted}
              labels={{ caption: t("gridCaption", range), indicator: t("colIndicator"), preview: t("previewMark") }}
            />
            {params.includeSubmitted ? <p className="dash-note">{t("previewLegend")}</p> : null}
          </section>
        </>
      )}
    </DashboardShell>
  );
}
