import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buildStatusMatrix } from "@/lib/client/dashboard/matrix";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { PrintButton } from "@/lib/client/dashboard/print-button";
import { DISPLAY_ORDER, localName, statusName } from "@/lib/client/dashboard/status";
import { monthEnd } from "@/lib/contracts/tasks-progress";
import { formatPeriod } from "@/lib/format/number";
import { getCompleteness } from "@/lib/server/dashboard/completeness";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { fromPeriod } from "@/lib/server/db/mappers";
import { listTasks } from "@/lib/server/tasks/queries";
import { BehindList, laggingRows } from "../_components/behind-list";
import { CompletenessTable } from "../_components/completeness-table";
import { DashboardShell } from "../_components/dashboard-shell";
import { loadPageContext, YEAR, type TSearchParams } from "../_components/page-context";
import { ProjectsTable } from "../_components/projects-table";
import { StatusMatrix } from "../_components/status-matrix";
import { StatusSummary } from "../_components/status-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("tabs.briefing") };
}

/** The monthly briefing: one A4 document (print stylesheet), each part starting a page. */
export default async function BriefingPage({ searchParams }: { searchParams: TSearchParams }) {
  const ctx = await loadPageContext("/dashboard/briefing", searchParams);
  const { t, locale, params, db, scope } = ctx;
  const data = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const asOfDay = monthEnd(data.asOf);
  const [completeness, tasks] = await Promise.all([
    getCompleteness(db, { scope, year: YEAR, month: fromPeriod(data.asOf).month }),
    listTasks(db, { year: YEAR, asOf: asOfDay }),
  ]);
  const visibleTasks = tasks.filter((task) => scope.departmentId === null || task.department.code === scope.department?.code);
  const period = formatPeriod(data.asOf, locale);
  const link = { asOf: data.asOf, includeSubmitted: params.includeSubmitted };
  const bySection = buildStatusMatrix(data.rows.map((r) => ({ key: r.section.code, label: localName(r.section, locale), status: r.progress.status })));
  const lagging = laggingRows(data.rows);
  const late = completeness.bureaus.filter((b) => b.missing > 0);
  const counts = DISPLAY_ORDER.filter((s) => data.summary[s] > 0)
    .map((s) => `${statusName(s, locale)}${locale === "en" ? " " : ""}${data.summary[s]}`)
    .join(locale === "en" ? ", " : "，");
  return (
    <DashboardShell ctx={ctx} asOf={data.asOf} path="/dashboard/briefing" title={t("briefingTitle", { period })} tab="briefing">
      <div className="brief-actions no-print">
        <PrintButton label={t("print")} />
        <span className="muted">{t("printHint")}</span>
      </div>
      <article className="briefing">
        <header className="brief-cover">
          <p className="brief-org">{t("briefingOrg")}</p>
          <h2 className="brief-title">{t("briefingTitle", { period })}</h2>
          {ctx.isDemo ? <p className="brief-demo">{t("demoNotice")}</p> : null}
          {params.includeSubmitted ? <p className="brief-preview">{t("previewNotice")}</p> : null}
        </header>
        <section className="brief-section" aria-labelledby="b1">
          <h2 id="b1">{t("brief.summary")}</h2>
          <p>{t("brief.summaryText", { period, count: data.rows.length, counts, lagging: lagging.length, late: late.length })}</p>
          <StatusSummary summary={data.summary} locale={locale} asOf={data.asOf} includeSubmitted={params.includeSubmitted} label={t("brief.summary")} />
          <StatusMatrix
            rows={bySection}
            locale={locale}
            caption={t("matrixCaption", { period })}
            rowHeader={t("col.section")}
            totalLabel={t("total")}
            hrefOf={(key, status) => dashboardHref("/dashboard/indicators", link, status ? { section: key, status } : { section: key })}
          />
        </section>
        <section className="brief-section brief-break" aria-labelledby="b2">
          <h2 id="b2">{t("brief.behind", { count: lagging.length })}</h2>
          <BehindList rows={data.rows} locale={locale} t={t} asOf={data.asOf} includeSubmitted={params.includeSubmitted} />
        </section>
        <section className="brief-section brief-break" aria-labelledby="b3">
          <h2 id="b3">{t("brief.reporting", { period })}</h2>
          <p>{t("completenessLead", { late: late.length, total: completeness.bureaus.length })}</p>
          <CompletenessTable bureaus={completeness.bureaus} locale={locale} t={t} showItems />
        </section>
        <section className="brief-section brief-break" aria-labelledby="b4">
          <h2 id="b4">{t("brief.projects")}</h2>
          <ProjectsTable tasks={visibleTasks} asOfDay={asOfDay} locale={locale} t={t} />
        </section>
      </article>
    </DashboardShell>
  );
}
