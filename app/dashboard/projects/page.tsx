import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { monthEnd } from "@/lib/contracts/tasks-progress";
import { formatPeriod } from "@/lib/format/number";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { listTasks } from "@/lib/server/tasks/queries";
import { DashboardShell } from "../_components/dashboard-shell";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";
import { ProjectsList } from "../_components/projects-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("tabs.projects") };
}

export default async function ProjectsPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/projects", searchParams);
  const { t, locale, params, db, scope } = ctx;
  const { asOf } = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const asOfDay = monthEnd(asOf);
  const tasks = (await listTasks(db, { year: YEAR, asOf: asOfDay })).filter((task) => scope.departmentId === null || task.department.code === scope.department?.code);
  return (
    <DashboardShell ctx={ctx} asOf={asOf} path="/dashboard/projects" title={t("projectsTitle", { period: formatPeriod(asOf, locale) })} tab="projects">
      <p className="dash-note">{t("projectsLead")}</p>
      <ProjectsList tasks={tasks} asOfDay={asOfDay} locale={locale} t={t} />
    </DashboardShell>
  );
}
