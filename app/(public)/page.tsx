import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/client/dashboard/status";
import { getDb } from "@/lib/server/db/client";
import { cachedPublic } from "@/lib/server/public/cached";
import { loadOverview } from "@/lib/server/public/overview";
import { PublicFooter } from "./_components/public-footer";
import { PublicHeader } from "./_components/public-header";
import { Bureaus } from "./_overview/bureaus";
import { DataDates } from "./_overview/data-dates";
import { DemoNote } from "./_overview/demo-note";
import { LaterTargets } from "./_overview/later-targets";
import { SectionTable } from "./_overview/section-table";
import { StatusCounts } from "./_overview/status-counts";
import "./_overview/overview.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;

const getOverview = cachedPublic("overview", (year: number) => loadOverview(getDb(), { year }));

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("PublicOverview"), getTranslations("Meta")]);
  return { title: `${t("title", { year: YEAR })} · ${meta("siteName")}` };
}

/**
 * The public overview: every 2020 target by section with its status on published figures, the
 * counts by status, the dates of the figures and who reports them. Server components only: the
 * header's language switch is the page's one piece of script.
 */
export default async function OverviewPage() {
  const [overview, t, locale] = await Promise.all([getOverview(YEAR), getTranslations("PublicOverview"), getLocale()]);
  const rows = overview.sections.flatMap((s) => s.rows);
  const milestones = rows.filter((r) => r.kind === "milestone").length;
  return (
    <>
      <PublicHeader isDemo={overview.isDemo} current="overview" />
      <main id="main" className="page overview">
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title">{t("title", { year: YEAR })}</h1>
          <p>{t("intro", { year: YEAR, total: rows.length, quantified: rows.length - milestones, milestones, sections: overview.sections.length })}</p>
          <p className="intro-note">{t("bureauNote")}</p>
          <DataDates dataAsOf={overview.dataAsOf} publishedAt={overview.publishedAt} locale={locale} />
          {overview.isDemo ? <DemoNote year={YEAR} /> : null}
        </section>
        <StatusCounts summary={overview.summary} dataAsOf={overview.dataAsOf} locale={locale} />
        <nav className="toc" aria-label={t("tocLabel")}>
          {overview.sections.map((s) => (
            <a key={s.code} href={`#${s.code}`}>
              {localName(s, locale)}
              <span className="toc-count">{s.rows.length}</span>
            </a>
          ))}
        </nav>
        <p className="intro-note overview-trend-note">{t("trendNote")}</p>
        {overview.sections.map((s) => (
          <SectionTable key={s.code} section={s} year={YEAR} locale={locale} />
        ))}
        {overview.later.length > 0 ? <LaterTargets targets={overview.later} year={YEAR + 1} locale={locale} /> : null}
        <Bureaus bureaus={overview.bureaus} year={YEAR} locale={locale} />
      </main>
      <PublicFooter />
    </>
  );
}
