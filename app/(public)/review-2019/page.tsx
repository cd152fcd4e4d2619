import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/client/dashboard/status";
import { formatAmount } from "@/lib/format/target";
import { getDb } from "@/lib/server/db/client";
import { cachedPublic, loadPublicIsDemo } from "@/lib/server/public/cached";
import { resultKey } from "@/lib/server/public/report";
import { loadReview } from "@/lib/server/public/review-2019";
import { PUBLIC_PAGES, indicatorPath } from "@/lib/server/public/routes";
import { PublicFooter } from "../_components/public-footer";
import { PublicHeader } from "../_components/public-header";
import "./review-2019.css";

export const dynamic = "force-dynamic";

/** The year the 2020 report looks back on. */
const YEAR = 2019;

const getReview = cachedPublic("public-review-2019", (year: number) => loadReview(getDb(), { year }));

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("PublicReview2019"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

function IncomparableNote({ note, t }: { note: string | null; t: Awaited<ReturnType<typeof getTranslations<"PublicReview2019">>> }) {
  return (
    <span className="review-incomparable" data-testid="not-comparable">
      {note ? t("notComparableNote", { note }) : t("notComparable")}
    </span>
  );
}

/** Every 2019 result the report states, by section, each with its sentence and the 2020 target built on it. */
export default async function Review2019Page() {
  const [review, isDemo, t, locale] = await Promise.all([getReview(YEAR), loadPublicIsDemo(), getTranslations("PublicReview2019"), getLocale()]);
  return (
    <>
      <PublicHeader isDemo={isDemo} current="review2019" />
      <main id="main" className="page review">
        <section className="intro" aria-labelledby="review-title">
          <h1 id="review-title">{t("title")}</h1>
          <p>{t("lead", { count: review.total })}</p>
        </section>
        <nav className="toc" aria-label={t("tocLabel")}>
          {review.sections.map((s) => (
            <a key={s.code} href={`#section-${s.code}`}>
              {localName(s, locale)}
              <span className="toc-count">{s.results.length}</span>
            </a>
          ))}
        </nav>
        {review.sections.map((section) => (
          <section key={section.code} id={`section-${section.code}`} className="section" aria-labelledby={`section-${section.code}-title`}>
            <h2 id={`section-${section.code}-title`}>
              {localName(section, locale)} <span className="section-count">{section.results.length}</span>
            </h2>
            <ol className="review-list">
              {section.results.map((r) => {
                const name = localName(r, locale);
                return (
                  <li key={r.code} id={r.code} className="review-item" data-code={r.code}>
                    <div className="review-head">
                      <h3 className="review-name">{name}</h3>
                      <p className="review-value">
                        <span data-testid="value">{formatAmount(r, r.unit, locale)}</span>
                        {r.estimated ? (
                          <span className="review-estimated" title={t("estimatedTitle")}>
                            {t("estimated")}
                          </span>
                        ) : null}
                      </p>
                    </div>
                    <blockquote className="review-quote">
                      <span className="sr-only">{t("quoteLabel")}</span>
                      <q lang="zh-CN">{r.sourceQuote}</q>{" "}
                      <a href={`${PUBLIC_PAGES.report}#${resultKey(r.code)}`} aria-label={t("inReportName", { name })}>
                        {t("inReport")}
                      </a>
                    </blockquote>
                    {r.targets.map((target) => (
                      <p key={target.code} className="review-target" data-target={target.code}>
                        <span className="review-target-label">{t("target", { year: target.year })}</span>{" "}
                        <a href={indicatorPath(target.code)}>{t("targetLink", { name: localName(target, locale), value: formatAmount(target, target.unit, locale) })}</a>
                        {target.comparable ? null : <IncomparableNote note={locale === "en" ? target.noteEn : target.noteZh} t={t} />}
                      </p>
                    ))}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </main>
      <PublicFooter />
    </>
  );
}
