import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EXPORT_COLUMNS } from "@/lib/contracts/export";
import { formatDateTime, formatPeriod } from "@/lib/format/number";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";
import { cachedPublic } from "@/lib/server/public/cached";
import { loadExport } from "@/lib/server/public/export";
import { exportPath, OPENAPI_PATH } from "@/lib/server/public/open-data-paths";
import { API_BASE } from "@/lib/server/public/openapi";
import { FEED_PATH, indicatorPath, PUBLIC_PAGES } from "@/lib/server/public/routes";
import { PublicFooter } from "../_components/public-footer";
import { PublicHeader } from "../_components/public-header";
import "./data.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;
const SECTIONS = ["downloads", "perIndicator", "format", "api", "feed"] as const;

/** What the page lists: each indicator's names and count of published months, and when the data were last published. */
async function loadDataPage(year: number) {
  const db = getDb();
  const [data, isDemo] = await Promise.all([loadExport(db, { year }), hasDemoData(db)]);
  return {
    isDemo,
    asOf: data.asOf,
    publishedAt: data.publishedAt,
    indicators: data.indicators.map((i) => ({ code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, department: i.department, months: new Set(i.figures.map((f) => f.period)).size })),
  };
}

const loadCached = cachedPublic("open-data-page", loadDataPage);

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("OpenData"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

/** What can be downloaded, what each CSV column means, the API and the feed. */
export default async function OpenDataPage() {
  const [page, t, locale] = await Promise.all([loadCached(YEAR), getTranslations("OpenData"), getLocale()]);
  const local = (item: { nameZh: string; nameEn: string }) => (locale === "en" ? item.nameEn : item.nameZh);
  return (
    <>
      <PublicHeader isDemo={page.isDemo} current="data" />
      <main id="main" className="page open-data">
        <section className="intro" aria-labelledby="data-title">
          <h1 id="data-title">{t("title")}</h1>
          <p>{t("lead")}</p>
          <p className="data-licence">{t("licence")}</p>
          {page.isDemo ? (
            <p className="demo-notice" role="note">
              {t("demoNote")}
            </p>
          ) : null}
        </section>
        <nav className="toc" aria-label={t("tocLabel")}>
          {SECTIONS.map((key) => (
            <a key={key} href={`#${key}`}>
              {t(`${key}.title`)}
            </a>
          ))}
        </nav>

        <section id="downloads" className="section" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t("downloads.title")}</h2>
          <p>{t("downloads.lead", { year: YEAR, count: page.indicators.length })}</p>
          <p className="data-downloads">
            <a className="data-button" href={exportPath("csv", { year: YEAR })} download>
              {t("downloads.csv")}
            </a>
            <a className="data-button" href={exportPath("json", { year: YEAR })}>
              {t("downloads.json")}
            </a>
          </p>
          <p className="intro-note">
            {page.publishedAt
              ? `${t("downloads.asOf", { period: formatPeriod(page.asOf, locale) })} · ${t("downloads.publishedAt", { time: formatDateTime(page.publishedAt, locale) })}`
              : t("downloads.noneYet")}
          </p>
        </section>

        <section id="perIndicator" className="section" aria-labelledby="perIndicator-title">
          <h2 id="perIndicator-title">{t("perIndicator.title")}</h2>
          <div className="table-scroll">
            <table className="dash-table data-indicators">
              <caption>{t("perIndicator.caption", { year: YEAR })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("perIndicator.indicator")}</th>
                  <th scope="col">{t("perIndicator.bureau")}</th>
                  <th scope="col" className="num">
                    {t("perIndicator.figures")}
                  </th>
                  <th scope="col">{t("perIndicator.download")}</th>
                </tr>
              </thead>
              <tbody>
                {page.indicators.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row">
                      <Link href={indicatorPath(indicator.code)}>{local(indicator)}</Link>
                    </th>
                    <td data-label={t("perIndicator.bureau")}>{local(indicator.department)}</td>
                    <td data-label={t("perIndicator.figures")} className="num">
                      {indicator.months}
                    </td>
                    <td className="data-links">
                      <a href={exportPath("csv", { year: YEAR, indicator: indicator.code })} aria-label={t("perIndicator.csvLabel", { name: local(indicator) })} download>
                        CSV
                      </a>
                      <a href={exportPath("json", { year: YEAR, indicator: indicator.code })} aria-label={t("perIndicator.jsonLabel", { name: local(indicator) })}>
                        JSON
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section id="format" className="section" aria-labelledby="format-title">
          <h2 id="format-title">{t("format.title")}</h2>
          <ul className="data-notes">
            <li>{t("format.encoding")}</li>
            <li>{t("format.header")}</li>
            <li>{t("format.rows")}</li>
            <li>{t("format.values")}</li>
          </ul>
          <table className="dash-table data-columns">
            <caption>{t("format.columnsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("format.column")}</th>
                <th scope="col">{t("format.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_COLUMNS.map((column) => (
                <tr key={column.key}>
                  <th scope="row">
                    <code lang="zh-CN">{`${column.zh} ${column.key}`}</code>
                  </th>
                  <td>{t(`columns.${column.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section id="api" className="section" aria-labelledby="api-title">
          <h2 id="api-title">{t("api.title")}</h2>
          <p>{t("api.lead", { base: API_BASE })}</p>
          <p className="data-downloads">
            <Link className="data-button" href={PUBLIC_PAGES.apiDocs}>
              {t("api.docs")}
            </Link>
            <a className="data-button" href={OPENAPI_PATH}>
              {t("api.document")}
            </a>
          </p>
        </section>

        <section id="feed" className="section" aria-labelledby="feed-title">
          <h2 id="feed-title">{t("feed.title")}</h2>
          <p>{t("feed.lead")}</p>
          <p className="data-downloads">
            <a className="data-button" href={FEED_PATH} type="application/atom+xml">
              {t("feed.link")}
            </a>
          </p>
        </section>
      </main>
      <PublicFooter />
    </>
  );
}
