import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ZProgressStatus } from "@/lib/contracts/tracking";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { localName, statusName } from "@/lib/client/dashboard/status";
import { formatPeriod } from "@/lib/format/number";
import { fromPeriod } from "@/lib/server/db/mappers";
import { getCompleteness } from "@/lib/server/dashboard/completeness";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { CompletenessTable } from "../../_components/completeness-table";
import { DashboardShell } from "../../_components/dashboard-shell";
import { IndicatorTable } from "../../_components/indicator-table";
import { indicatorTableLabels } from "../../_components/labels";
import { loadPageContext, YEAR, type TSearchParams } from "../../_components/page-context";
import { StatusSummary } from "../../_components/status-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("bureauTitleShort") };
}

export default async function BureauPage({ params: routeParams, searchParams }: { params: Promise<{ code: string }>; searchParams: TSearchParams }) {
  const { code } = await routeParams;
  const ctx = await loadPageContext(`/dashboard/bureaus/${encodeURIComponent(code)}`, searchParams);
  const { t, locale, params, db, scope, search } = ctx;
  const data = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const mine = data.rows.filter((r) => r.department.code === code);
  // Outside the reader's scope the rows are empty: the same answer as an unknown bureau.
  if (mine.length === 0) notFound();
  const department = mine[0]!.department;
  const status = ZProgressStatus.safeParse(search.status).data;
  const rows = status ? mine.filter((r) => r.progress.status === status) : mine;
  const summary = { ...data.summary };
  for (const k of Object.keys(summary) as (keyof typeof summary)[]) summary[k] = mine.filter((r) => r.progress.status === k).length;
  const completeness = await getCompleteness(db, { scope, year: YEAR, month: fromPeriod(data.asOf).month });
  const reporting = completeness.bureaus.find((b) => b.department.code === code);
  const period = formatPeriod(data.asOf, locale);
  const name = localName(department, locale);
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path={`/dashboard/bureaus/${code}`} title={t("bureauTitle", { name, period })} tab="overview">
      <p>
        <Link href={dashboardHref("/dashboard", { asOf: data.asOf, includeSubmitted: params.includeSubmitted })}>{t("backToOverview")}</Link>
      </p>
      <section className="dash-section" aria-labelledby="bureau-summary">
        <h2 id="bureau-summary">{t("summaryTitle", { count: mine.length })}</h2>
        <StatusSummary summary={summary} locale={locale} asOf={data.asOf} includeSubmitted={params.includeSubmitted} label={t("summaryTitle", { count: mine.length })} />
      </section>
      <section className="dash-section" aria-labelledby="bureau-list">
        <h2 id="bureau-list">{status ? statusName(status, locale) : t("allIndicators")}</h2>
        <IndicatorTable rows={rows} locale={locale} labels={indicatorTableLabels(t, t("listCaption", { count: rows.length, period }))} asOf={data.asOf} includeSubmitted={params.includeSubmitted} showBureau={false} />
      </section>
      <section className="dash-section" aria-labelledby="bureau-reporting">
        <h2 id="bureau-reporting">{t("completenessTitle", { period })}</h2>
        {reporting ? <CompletenessTable bureaus={[reporting]} locale={locale} t={t} showItems /> : <p className="muted">{t("nothingDue")}</p>}
      </section>
    </DashboardShell>
  );
}
