import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";
import { listIndicators } from "@/lib/server/indicators/queries";
import { PublicFooter } from "../_components/public-footer";
import { PublicHeader } from "../_components/public-header";
import { BasisTable, FrequencyTable } from "./_components/basis-tables";
import { MetTable } from "./_components/met-table";
import { ScheduleTable } from "./_components/schedule-table";
import { StatusTable } from "./_components/status-table";
import { UnitTargets } from "./_components/unit-targets";
import { WorkedExamples } from "./_components/worked-examples";
import "./methodology.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;
const SECTIONS = ["public", "statuses", "met", "bases", "frequency", "schedule", "formulas", "units", "examples"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("Methodology"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

/**
 * The rules behind every status, drawn from the engine's own tables (lib/progress) and the year's
 * targets as stored, so nothing here is retyped and nothing can drift from the code.
 */
export default async function MethodologyPage() {
  const db = getDb();
  const [indicators, isDemo, t, locale] = await Promise.all([listIndicators(db, { year: YEAR }), hasDemoData(db), getTranslations("Methodology"), getLocale()]);
  const props = { indicators, year: YEAR, locale };
  const heading = (key: (typeof SECTIONS)[number]) => (
    <h2 id={`${key}-title`}>{t(`${key}.title`)}</h2>
  );
  return (
    <>
      <PublicHeader isDemo={isDemo} current="methodology" />
      <main id="main" className="page method">
        <section className="intro" aria-labelledby="method-title">
          <h1 id="method-title">{t("title")}</h1>
          <p>{t("lead")}</p>
          <p className="intro-note">{t("sourceNote")}</p>
        </section>
        <nav className="toc" aria-label={t("tocLabel")}>
          {SECTIONS.map((key) => (
            <a key={key} href={`#${key}`}>
              {t(`${key}.title`)}
            </a>
          ))}
        </nav>
        <section id="public" className="section" aria-labelledby="public-title">
          {heading("public")}
          <ul className="method-notes">
            <li>{t("public.published")}</li>
            <li>{t("public.revised")}</li>
            <li>{t("public.preview")}</li>
          </ul>
        </section>
        <section id="statuses" className="section" aria-labelledby="statuses-title">
          {heading("statuses")}
          <p>{t("statuses.lead")}</p>
          <StatusTable locale={locale} />
        </section>
        <section id="met" className="section" aria-labelledby="met-title">
          {heading("met")}
          <p>{t("met.lead")}</p>
          <MetTable {...props} />
        </section>
        <section id="bases" className="section" aria-labelledby="bases-title">
          {heading("bases")}
          <p>{t("bases.lead")}</p>
          <BasisTable {...props} />
        </section>
        <section id="frequency" className="section" aria-labelledby="frequency-title">
          {heading("frequency")}
          <p>{t("frequency.lead")}</p>
          <FrequencyTable {...props} />
        </section>
        <section id="schedule" className="section" aria-labelledby="schedule-title">
          {heading("schedule")}
          <p>{t("schedule.lead")}</p>
          <p>{t("schedule.rates")}</p>
          <ScheduleTable {...props} />
          <p>{t("schedule.milestones")}</p>
          <p className="intro-note">{t("schedule.configNote")}</p>
        </section>
        <section id="formulas" className="section" aria-labelledby="formulas-title">
          {heading("formulas")}
          <ul className="method-notes">
            <li>{t("formulas.expected")}</li>
            <li>{t("formulas.projected")}</li>
            <li>{t("formulas.pace")}</li>
            <li>{t("formulas.final")}</li>
          </ul>
        </section>
        <section id="units" className="section" aria-labelledby="units-title">
          {heading("units")}
          <UnitTargets {...props} />
        </section>
        <section id="examples" className="section" aria-labelledby="examples-title">
          {heading("examples")}
          <WorkedExamples locale={locale} />
        </section>
      </main>
      <PublicFooter />
    </>
  );
}
