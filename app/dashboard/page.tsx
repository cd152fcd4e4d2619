import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buildStatusMatrix } from "@/lib/client/dashboard/matrix";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { localName } from "@/lib/client/dashboard/status";
import { formatPeriod } from "@/lib/format/number";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { DashboardShell } from "./_components/dashboard-shell";
import { IndicatorTable } from "./_components/indicator-table";
import { indicatorTableLabels } from "./_components/labels";
import { loadPageContext, YEAR, type TSearchParams } from "./_components/page-context";
import { StatusMatrix } from "./_components/status-matrix";
import { StatusSummary } from "./_components/status-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard", searchParams);
  const { t, locale, params, db, scope } = ctx;
  const data = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const link = { asOf: data.asOf, includeSubmitted: params.includeSubmitted };
  const bySection = buildStatusMatrix(data.rows.map((r) => ({ key: r.section.code, label: localName(r.section, locale), status: r.progress.status })));
  const byBureau = buildStatusMatrix(
    data.rows.map((r) => ({ key: r.department.code, label: localName(r.department, locale), status: r.progress.status })),
    { laggingFirst: true },
  );
  const period = formatPeriod(data.asOf, locale);
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path="/dashboard" title={t("overviewTitle", { period })} tab="overview">
      <section className="dash-section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t("summaryTitle", { count: data.rows.length })}</h2>
        <StatusSummary summary={data.summary} locale={locale} asOf={data.asOf} includeSubmitted={params.includeSubmitted} label={t("summaryTitle", { count: data.rows.length })} />
        <p className="dash-note">{t("statusNote")}</p>
      </section>
      <section className="dash-section" aria-labelledby="by-section-title">
        <h2 id="by-section-title">{t("matrixBySection")}</h2>
        <StatusMatrix
          rows={bySection}
          locale={locale}
          caption={t("matrixCaption", { period })}
          rowHeader={t("col.section")}
          totalLabel={t("total")}
          hrefOf={(key, status) => dashboardHref("/dashboard/indicators", link, status ? { section: key, status } : { section: key })}
        />
      </section>
      <section className="dash-section" aria-labelledby="by-bureau-title">
        <h2 id="by-bureau-title">{t("matrixByBureau")}</h2>
        <StatusMatrix
          rows={byBureau}
          locale={locale}
          caption={t("matrixCaption", { period })}
          rowHeader={t("col.bureau")}
          totalLabel={t("total")}
          hrefOf={(key, status) => dashboardHref(`/dashboard/bureaus/${key}`, link, status ? { status } : {})}
        />
        <p className="dash-note">{t("bureauNote")}</p>
      </section>
      <section className="dash-section" aria-labelledby="all-title">
        <h2 id="all-title">{t("allIndicators")}</h2>
        <IndicatorTable rows={data.rows} locale={locale} labels={indicatorTableLabels(t, t("allCaption", { period }))} asOf={data.asOf} includeSubmitted={params.includeSubmitted} />
      </section>
    </DashboardShell>
  );
}
