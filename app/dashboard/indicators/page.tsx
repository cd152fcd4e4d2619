import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ZProgressStatus } from "@/lib/contracts/tracking";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { localName, statusName } from "@/lib/client/dashboard/status";
import { formatPeriod } from "@/lib/format/number";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { DashboardShell } from "../_components/dashboard-shell";
import { IndicatorTable } from "../_components/indicator-table";
import { indicatorTableLabels } from "../_components/labels";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("listTitle") };
}

/** The drill-down of a matrix cell: indicators of a section and/or with a status. */
export default async function IndicatorListPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/indicators", searchParams);
  const { t, locale, params, db, scope, search } = ctx;
  const status = ZProgressStatus.safeParse(search.status).data;
  const section = typeof search.section === "string" ? search.section : undefined;
  const data = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const rows = data.rows.filter((r) => (!status || r.progress.status === status) && (!section || r.section.code === section));
  const sectionRef = section ? data.rows.find((r) => r.section.code === section)?.section : undefined;
  const filters = [sectionRef ? localName(sectionRef, locale) : null, status ? statusName(status, locale) : null].filter(Boolean).join(" · ");
  const title = filters || t("listTitle");
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path="/dashboard/indicators" title={title} tab="overview">
      <p>
        <Link href={dashboardHref("/dashboard", { asOf: data.asOf, includeSubmitted: params.includeSubmitted })}>{t("backToOverview")}</Link>
      </p>
      <IndicatorTable
        rows={rows}
        locale={locale}
        labels={indicatorTableLabels(t, t("listCaption", { count: rows.length, period: formatPeriod(data.asOf, locale) }))}
        asOf={data.asOf}
        includeSubmitted={params.includeSubmitted}
      />
    </DashboardShell>
  );
}
