import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { ZCode } from "@/lib/contracts/common";
import type { TEntryGrid } from "@/lib/contracts/entry";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { getEntryGrid } from "@/lib/server/entry/grid";
import { AppError } from "@/lib/server/errors";
import { hasDemoData } from "@/lib/server/figures/queries";
import { EntryGrid } from "./_components/entry-grid";
import { QueryProvider } from "./_components/query-provider";
import "./entry.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Entry");
  return { title: t("title") };
}

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Officials enter their bureau's figures; leaders and admins pick a bureau and read it. */
export default async function EntryPage({ searchParams }: { searchParams: TSearchParams }) {
  const search = await searchParams;
  const asked = ZCode.safeParse(Array.isArray(search.department) ? search.department[0] : search.department);
  const department = asked.success ? asked.data : undefined;
  const actor = await requireSignedIn(department ? `/entry?department=${department}` : "/entry");
  const db = getDb();
  const [t, locale, isDemo] = await Promise.all([getTranslations("Entry"), getLocale(), hasDemoData(db)]);
  const isOfficial = actor.role === "official";
  const departments = isOfficial
    ? []
    : await db.department.findMany({ where: { targets: { some: { year: YEAR } } }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { id: "asc" } });

  let grid: TEntryGrid | null = null;
  let problem: string | null = null;
  if (isOfficial || department) {
    try {
      grid = await getEntryGrid(db, { actor, year: YEAR, department: isOfficial ? undefined : department });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.text?.[locale] ?? error.message;
    }
  }
  const name = grid ? (locale === "en" ? grid.department.nameEn : grid.department.nameZh) : "";

  return (
    <>
      <SiteHeader isDemo={isDemo} />
      <main className="page entry">
        <div className="dash-head">
          <div>
            <h1>{t("title")}</h1>
            {grid ? <p className="entry-lead">{grid.canEdit ? t("lead", { name, year: YEAR }) : t("leadReadOnly", { name, year: YEAR })}</p> : null}
          </div>
          {isOfficial ? (
            // No prefetch: the import page is its own feature; a prefetch of it that did not answer kept reloads of this page busy.
            <Link className="button-secondary" href="/entry/import" prefetch={false}>
              {t("importLink")}
            </Link>
          ) : (
            <form className="dash-filter" method="get" action="/entry">
              <label className="dash-field">
                <span>{t("pickBureau")}</span>
                <select name="department" defaultValue={department ?? ""}>
                  <option value="" disabled>
                    —
                  </option>
                  {departments.map((d) => (
                    <option key={d.code} value={d.code}>
                      {locale === "en" ? d.nameEn : d.nameZh}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button-secondary">
                {t("show")}
              </button>
            </form>
          )}
        </div>
        {isDemo ? <p className="dash-demo">{(await getTranslations("Dashboard"))("demoNotice")}</p> : null}
        <p className="dash-note">{t("configNote")}</p>
        {!isOfficial ? <p className="dash-scope">{grid ? t("readOnly") : t("pickBureauLead")}</p> : null}
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        {grid ? (
          <QueryProvider>
            <EntryGrid initial={grid} />
          </QueryProvider>
        ) : null}
      </main>
    </>
  );
}
