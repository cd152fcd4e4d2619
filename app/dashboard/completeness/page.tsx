import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/format/number";
import { fromPeriod } from "@/lib/server/db/mappers";
import { getCompleteness } from "@/lib/server/dashboard/completeness";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { CompletenessTable } from "../_components/completeness-table";
import { DashboardShell } from "../_components/dashboard-shell";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("tabs.completeness") };
}

export default async function CompletenessPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/completeness", searchParams);
  const { t, locale, params, db, scope } = ctx;
  // The default month is the data's latest, as on the overview.
  const { asOf } = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const data = await getCompleteness(db, { scope, year: YEAR, month: fromPeriod(asOf).month });
  const late = data.bureaus.filter((b) => b.missing > 0).length;
  const period = formatPeriod(asOf, locale);
  return (
    <DashboardShell ctx={ctx} asOf={asOf} path="/dashboard/completeness" title={t("completenessTitle", { period })} tab="completeness">
      <p className="dash-note">{t("completenessLead", { late, total: data.bureaus.length })}</p>
      <CompletenessTable bureaus={data.bureaus} locale={locale} t={t} showItems />
    </DashboardShell>
  );
}
