import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { localName } from "@/lib/client/dashboard/status";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";
import { PublicFooter } from "../../_components/public-footer";
import { PublicHeader } from "../../_components/public-header";
import { IndicatorChart } from "../_components/chart";
import { indicatorMetadata, loadIndicatorOr404 } from "../_components/data";
import { Downloads } from "../_components/downloads";
import { IndicatorFacts } from "../_components/indicator-facts";
import { MonthTable } from "../_components/month-table";
import { ProjectMilestones } from "../_components/project-milestones";
import { RevisionLog } from "../_components/revision-log";
import { StatusExplained } from "../_components/status-explained";
import { UnitProgress } from "../_components/unit-progress";
import "../indicator.css";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  return indicatorMetadata((await params).code);
}

/** One target of the report: its sentence, its status with the numbers behind it, the chart and table, revisions and downloads. */
export default async function IndicatorPage({ params }: TParams) {
  const { code } = await params;
  const [{ data, isDemo }, t, site, locale] = await Promise.all([loadIndicatorOr404(code), getTranslations("PublicIndicator"), getTranslations("PublicSite"), getLocale()]);
  const { indicator: ind } = data;
  const name = localName(ind, locale);
  return (
    <>
      <PublicHeader isDemo={isDemo} />
      <main id="main" className="page ind-page" data-code={ind.code}>
        <nav className="ind-crumbs" aria-label={t("crumbs")}>
          <Link href={PUBLIC_PAGES.overview}>{site("nav.overview")}</Link>
          <span aria-hidden="true"> › </span>
          <Link href={`${PUBLIC_PAGES.overview}#${ind.section.code}`}>{localName(ind.section, locale)}</Link>
        </nav>
        <h1>{name}</h1>
        {data.isDemo ? (
          <p className="demo-notice" role="note" data-testid="demo-notice">
            {t("demoNotice")}
          </p>
        ) : null}
        <IndicatorFacts data={data} />
        <StatusExplained data={data} />
        {ind.units ? <UnitProgress data={data} /> : null}
        {ind.kind === "milestone" ? (
          <ProjectMilestones data={data} />
        ) : (
          <section className="section" aria-labelledby="chart-title">
            <h2 id="chart-title">{t("chart.title")}</h2>
            <div className="ind-chart">
              <IndicatorChart data={data} />
            </div>
            <MonthTable data={data} />
          </section>
        )}
        <RevisionLog data={data} />
        <Downloads code={ind.code} name={name} />
      </main>
      <PublicFooter />
    </>
  );
}
