import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/format/number";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { BehindList } from "../_components/behind-list";
import { DashboardShell } from "../_components/dashboard-shell";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("tabs.behind") };
}

export default async function BehindPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/behind", searchParams);
  const { t, locale, params, db, scope } = ctx;
  const data = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path="/dashboard/behind" title={t("behindTitle", { period: formatPeriod(data.asOf, locale) })} tab="behind">
      <p className="dash-note">{t("behindLead")}</p>
      <BehindList rows={data.rows} locale={locale} t={t} asOf={data.asOf} includeSubmitted={params.includeSubmitted} />
    </DashboardShell>
  );
}
