import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { ZPeriod } from "@/lib/contracts/common";
import { monthsOf } from "@/lib/client/dashboard/params";
import { ImportForm } from "@/lib/client/imports/import-form";
import { formatPeriod } from "@/lib/format/number";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";
import { listTemplateBureaus } from "@/lib/server/imports/bureaus";
import styles from "./import.module.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;
const RULES = ["blank", "unit", "basis", "reason", "version"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("title") };
}

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Officials: choose a month, download the template, upload it, preview, import. Leaders and admins: templates only. */
export default async function ImportPage({ searchParams }: { searchParams: TSearchParams }) {
  const search = await searchParams;
  const asked = first(search.period);
  const period = asked && ZPeriod.safeParse(asked).success && asked.startsWith(`${YEAR}-`) ? asked : `${YEAR}-12`;
  const actor = await requireSignedIn(`/entry/import?period=${period}`);
  const db = getDb();
  const [t, dash, locale, isDemo, bureaus] = await Promise.all([getTranslations("Import"), getTranslations("Dashboard"), getLocale(), hasDemoData(db), listTemplateBureaus(db, actor)]);
  const isOfficial = actor.role === "official";
  const bureau = bureaus.find((b) => b.code === first(search.department)) ?? bureaus[0];
  const bureauName = (b: { nameZh: string; nameEn: string }) => (locale === "en" ? b.nameEn : b.nameZh);
  const templateHref = bureau ? `/api/v1/imports/template?department=${encodeURIComponent(bureau.code)}&period=${period}` : null;
  return (
    <>
      <SiteHeader isDemo={isDemo} />
      <main className="page dash">
        <div className="dash-head">
          <div>
            <p className="dash-kicker">{t("kicker")}</p>
            <h1>{t("title")}</h1>
          </div>
        </div>
        {isDemo ? <p className="dash-demo">{dash("demoNotice")}</p> : null}
        <p className={styles.intro}>{t("intro")}</p>
        {isOfficial && bureau ? <p className="dash-scope">{t("scope", { name: bureauName(bureau) })}</p> : null}
        <section className="dash-section" aria-labelledby="import-step1">
          <h2 id="import-step1">{t("step1")}</h2>
          <form className={`dash-filter ${styles.filter}`} method="get" action="/entry/import">
            <label className="dash-field">
              <span>{t("month")}</span>
              <select name="period" defaultValue={period}>
                {monthsOf(YEAR).map((m) => (
                  <option key={m} value={m}>
                    {formatPeriod(m, locale)}
                  </option>
                ))}
              </select>
            </label>
            {!isOfficial ? (
              <label className="dash-field">
                <span>{t("bureau")}</span>
                <select name="department" defaultValue={bureau?.code}>
                  {bureaus.map((b) => (
                    <option key={b.code} value={b.code}>
                      {bureauName(b)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <button type="submit" className="button-secondary">
              {t("show")}
            </button>
          </form>
          {templateHref ? (
            <p className={styles.download}>
              <a className="button-primary" href={templateHref} download>
                <span aria-hidden="true">⤓ </span>
                {t("download", { period: formatPeriod(period, locale) })}
              </a>
            </p>
          ) : null}
        </section>
        <section className="dash-section" aria-labelledby="import-step2">
          <h2 id="import-step2">{t("step2")}</h2>
          {isOfficial ? <ImportForm key={period} period={period} locale={locale} /> : <p className="notice">{t("officialsOnly")}</p>}
        </section>
        <section className="dash-section" aria-labelledby="import-rules">
          <h2 id="import-rules">{t("rulesTitle")}</h2>
          <ul className={styles.rules}>
            {RULES.map((key) => (
              <li key={key}>{t(`rules.${key}`)}</li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
