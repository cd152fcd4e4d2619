import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/server/db/client";
import { cachedPublic, loadPublicIsDemo } from "@/lib/server/public/cached";
import { loadReport } from "@/lib/server/public/report";
import { PublicFooter } from "../_components/public-footer";
import { PublicHeader } from "../_components/public-header";
import { ReportBody, blockText } from "./_components/report-body";
import "./report.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;

const getReport = cachedPublic("public-report", (year: number) => loadReport(getDb(), { year }));

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("PublicReport"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

/** The whole report with every tracked sentence marked; `/report#q-<code>` highlights one (report.css, no script). */
export default async function ReportPage() {
  const [report, isDemo, t, locale] = await Promise.all([getReport(YEAR), loadPublicIsDemo(), getTranslations("PublicReport"), getLocale()]);
  const headings = report.blocks.filter((b) => b.id !== null);
  const tagText = {
    tag: (kind: "target" | "result" | "project") => t(`tag.${kind}`),
    name: (kind: "target" | "result" | "project", name: string) => t(`tagName.${kind}`, { name }),
  };
  return (
    <>
      <PublicHeader isDemo={isDemo} current="report" />
      <main id="main" className="page report-page">
        <section className="intro" aria-labelledby="report-title">
          <h1 id="report-title">{t("heading")}</h1>
          <p>{t("lead")}</p>
          <p className="report-language">{t("languageNote")}</p>
          <p className="report-counts" data-testid="report-counts">
            {t("counts", report.counts)}
          </p>
          <p className="intro-note">{t("targetedNote")}</p>
          {report.loose.length > 0 ? <p className="intro-note">{t("loose", { count: report.loose.length })}</p> : null}
          {report.missing.length > 0 ? (
            <div className="report-missing" role="note">
              <p>{t("missing", { count: report.missing.length })}</p>
              <ul lang="zh-CN">
                {report.missing.map((m) => (
                  <li key={`${m.key}:${m.quote}`}>{m.quote}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
        <div className="report-layout">
          <aside className="report-side">
            <nav aria-labelledby="report-toc-title">
              <h2 id="report-toc-title" className="report-side-title">
                {t("tocLabel")}
              </h2>
              <ol className="report-toc" lang="zh-CN">
                {headings.map((b) => (
                  <li key={b.id} className={`toc-${b.kind}`}>
                    <a href={`#${b.id}`}>{blockText(b)}</a>
                  </li>
                ))}
              </ol>
            </nav>
            <h2 className="report-side-title">{t("legendLabel")}</h2>
            <ul className="report-legend">
              {(["target", "project", "result"] as const).map((kind) => (
                <li key={kind}>
                  <span className={`tag tag-${kind}`}>{t(`tag.${kind}`)}</span> {t(`legend.${kind}`)}
                </li>
              ))}
            </ul>
          </aside>
          <ReportBody blocks={report.blocks} refs={report.refs} locale={locale} text={tagText} />
        </div>
      </main>
      <PublicFooter />
    </>
  );
}
