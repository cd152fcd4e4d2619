import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { localName } from "@/lib/client/dashboard/status";
import { formatReading, readingPeriod } from "@/lib/client/overview/reading";
import { formatAmount } from "@/lib/format/target";
import type { TLocale } from "@/lib/i18n/locale";
import type { TOverviewRow, TOverviewSection } from "@/lib/server/public/overview";
import { PUBLIC_PAGES, indicatorPath, reportSentencePath } from "@/lib/server/public/routes";
import { Sparkline } from "./sparkline";

type TTranslate = Awaited<ReturnType<typeof getTranslations<"PublicOverview">>>;

/** The latest published actual with the months it covers; a project's as its percent done. */
function Actual({ row, locale, t }: { row: TOverviewRow; locale: TLocale; t: TTranslate }) {
  if (row.period === null || row.actual === null) return <span className="muted">{t("noActual")}</span>;
  const value = formatReading(row.actual, row.unit, row.kind, locale);
  return (
    <>
      <span className="reading-period">{readingPeriod(row.basis, row.period, locale)}</span>{" "}
      <span className="reading-value">{row.kind === "milestone" ? t("done", { percent: value }) : value}</span>
    </>
  );
}

/** Row links are not prefetched: fifty-odd pages fetched on every visit would cost more than they save. */
function Row({ row, locale, t }: { row: TOverviewRow; locale: TLocale; t: TTranslate }) {
  return (
    <tr data-code={row.code} data-status={row.status}>
      <th scope="row">
        <Link className="indicator-name" href={indicatorPath(row.code)} prefetch={false}>
          {localName(row, locale)}
        </Link>
        <a className="quote" href={reportSentencePath(row.code)}>
          <q lang="zh-CN">{row.sourceQuote}</q>
        </a>
      </th>
      <td className="overview-status" data-label={t("col.status")}>
        <StatusBadge status={row.status} locale={locale} />
      </td>
      <td className="overview-actual" data-label={t("col.actual")} data-actual={row.actual ?? ""} data-period={row.period ?? ""}>
        <Actual row={row} locale={locale} t={t} />
        {row.isProject ? (
          <Link className="project-link" href={PUBLIC_PAGES.projects} prefetch={false}>
            {t("projectLink")}
          </Link>
        ) : null}
      </td>
      <td className="overview-target" data-label={t("col.target")}>
        {row.hedge ? <span className="hedge-word">{t(`hedge.${row.hedge}`)}</span> : null}
        {formatAmount(row.target, row.unit, locale)}
      </td>
      <td className="overview-expected" data-label={t("col.expected")} data-expected={row.expected ?? ""}>
        {formatReading(row.expected, row.unit, row.kind, locale)}
      </td>
      <td className="overview-trend">
        <Sparkline trend={row.trend} />
      </td>
    </tr>
  );
}

interface TProps {
  section: TOverviewSection;
  year: number;
  locale: TLocale;
}

/** One section of the report: each target with its status, latest actual, target, expected-by-now and trend. */
export async function SectionTable({ section, year, locale }: TProps) {
  const t = await getTranslations("PublicOverview");
  const name = localName(section, locale);
  return (
    <section className="section overview-section" id={section.code} aria-labelledby={`${section.code}-title`}>
      <h2 id={`${section.code}-title`}>
        {name}
        <span className="section-count">{t("sectionCount", { count: section.rows.length })}</span>
      </h2>
      {section.rows.length === 0 ? (
        <p className="section-empty">{t("sectionEmpty", { year })}</p>
      ) : (
        <table className="overview-table">
          <caption className="sr-only">{t("caption", { section: name })}</caption>
          <colgroup>
            <col className="col-name" />
            <col className="col-status" />
            <col className="col-actual" />
            <col className="col-target" />
            <col className="col-expected" />
            <col className="col-trend" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t("col.indicator")}</th>
              <th scope="col">{t("col.status")}</th>
              <th scope="col">{t("col.actual")}</th>
              <th scope="col">{t("col.target")}</th>
              <th scope="col">{t("col.expected")}</th>
              <th scope="col">{t("col.trend")}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <Row key={row.code} row={row} locale={locale} t={t} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
