import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressChart } from "@/lib/client/charts/progress-chart";
import { describeProgressSeries, shapeProgressSeries } from "@/lib/client/charts/progress-series";
import { dashboardHref } from "@/lib/client/dashboard/params";
import { formatGap, formatPace, formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { ZCode } from "@/lib/contracts/common";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import { unitLabel } from "@/lib/format/unit";
import { getDashboardIndicator } from "@/lib/server/dashboard/indicator";
import { getDashboard } from "@/lib/server/dashboard/overview";
import { fromPeriod } from "@/lib/server/db/mappers";
import { DashboardShell } from "../../_components/dashboard-shell";
import { FiguresTable, PathTable } from "../../_components/indicator-tables";
import { loadPageContext, YEAR, type TSearchParams } from "../../_components/page-context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("indicatorTitleShort") };
}

export default async function IndicatorPage({ params: routeParams, searchParams }: { params: Promise<{ code: string }>; searchParams: TSearchParams }) {
  const { code } = await routeParams;
  if (!ZCode.safeParse(code).success) notFound();
  const ctx = await loadPageContext(`/dashboard/indicators/${code}`, searchParams);
  const { t, locale, params, db, scope } = ctx;
  const { asOf } = await getDashboard(db, { scope, year: YEAR, asOf: params.asOf, includeSubmitted: params.includeSubmitted });
  const data = await getDashboardIndicator(db, { scope, code, year: YEAR, month: fromPeriod(asOf).month, includeSubmitted: params.includeSubmitted });
  if (!data) notFound();
  const { indicator: ind, progress: p } = data;
  const input = {
    kind: ind.kind,
    unit: ind.unit,
    target: ind.target,
    baseline: ind.baseline ? { value: ind.baseline.value, unit: ind.baseline.unit, comparable: ind.baseline.comparable } : null,
    months: data.path,
    asOf,
    previewPeriods: data.previewPeriods,
  };
  const series = shapeProgressSeries(input);
  const description = describeProgressSeries(series, input, locale);
  const name = localName(ind, locale);
  const base = ind.baseline;
  return (
    <DashboardShell ctx={ctx} asOf={asOf} path={`/dashboard/indicators/${code}`} title={name} tab="overview">
      <p className="crumbs">
        <Link href={dashboardHref("/dashboard", { asOf, includeSubmitted: params.includeSubmitted })}>{t("backToOverview")}</Link>
        {" · "}
        <Link href={dashboardHref(`/dashboard/bureaus/${ind.department.code}`, { asOf, includeSubmitted: params.includeSubmitted })}>{localName(ind.department, locale)}</Link>
      </p>
      <section className="dash-section indicator-facts" aria-labelledby="facts-title" data-code={ind.code} data-status={p.status}>
        <h2 id="facts-title" className="facts-title">
          {t("asOfStatus", { period: formatPeriod(asOf, locale) })}
          <StatusBadge status={p.status} locale={locale} />
          {data.previewPeriods.some((m) => m <= asOf) ? <span className="tag-preview">{t("previewMark")}</span> : null}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t("col.target")}</dt>
            <dd>
              {ind.hedge ? <span className="hedge-word">{t(`hedge.${ind.hedge}`)}</span> : null}
              <strong>{formatAmount(ind.target, ind.unit, locale)}</strong>
            </dd>
          </div>
          <div>
            <dt>{t("baseline")}</dt>
            <dd>
              {base ? formatAmount(base, base.unit, locale) : "—"}
              {base && !base.comparable ? <span className="cell-sub">{[t("incomparable"), locale === "en" ? base.noteEn : base.noteZh].filter(Boolean).join(locale === "en" ? ": " : "：")}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t("col.actual")}</dt>
            <dd>
              {formatValue(p.actual, ind.unit, locale)}
              {p.period ? <span className="cell-sub">{formatPeriod(p.period, locale)}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t("col.expected")}</dt>
            <dd>{formatValue(p.expected, ind.unit, locale)}</dd>
          </div>
          <div>
            <dt>{t("col.gap")}</dt>
            <dd>{formatGap(p, locale)}</dd>
          </div>
          <div>
            <dt>{t("col.projected")}</dt>
            <dd>{formatValue(p.projected, ind.unit, locale)}</dd>
          </div>
          <div>
            <dt>{t("col.requiredPace")}</dt>
            <dd>{formatPace(p.requiredPace, ind.unit, locale)}</dd>
          </div>
          <div>
            <dt>{t("col.bureau")}</dt>
            <dd>{localName(ind.department, locale)}</dd>
          </div>
        </dl>
        <blockquote className="source-quote">
          <q>{ind.target.sourceQuote}</q>
        </blockquote>
      </section>
      <section className="dash-section" aria-labelledby="chart-title">
        <h2 id="chart-title">{t("chartTitle")}</h2>
        <div className="chart-layout">
          <ProgressChart
            series={series}
            unit={ind.unit}
            locale={locale}
            description={description}
            labels={{ actual: t("chart.actual"), expected: t("chart.expected"), target: t("chart.target"), baseline: t("chart.baseline"), preview: t("chart.preview"), axisUnit: t("chart.axisUnit", { unit: unitLabel(ind.unit, locale) }) }}
          />
          <PathTable series={series} unit={ind.unit} locale={locale} t={t} />
        </div>
      </section>
      <section className="dash-section" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("figuresTitle")}</h2>
        <FiguresTable figures={data.figures} indicator={ind} locale={locale} t={t} />
      </section>
    </DashboardShell>
  );
}
