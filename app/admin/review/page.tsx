import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { parseReviewFilter, reviewHref } from "@/lib/client/review/filter";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";
import { listDepartments, listReviewQueue } from "@/lib/server/review/queries";
import { canReadReviewQueue } from "@/lib/server/review/permissions";
import { ReviewFilter } from "./_components/review-filter";
import { ReviewQueue } from "./_components/review-queue.client";
import "./review.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("title") };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const [search, departments] = await Promise.all([searchParams, listDepartments(db)]);
  const filter = parseReviewFilter(search, YEAR, departments.map((d) => d.code));
  const actor = await requireSignedIn(reviewHref(filter));
  const [t, locale, isDemo] = await Promise.all([getTranslations("Review"), getLocale(), hasDemoData(db)]);
  if (!canReadReviewQueue(actor)) {
    return (
      <>
        <SiteHeader isDemo={isDemo} />
        <main className="page page-narrow">
          <div className="card">
            <h1>{t("forbiddenTitle")}</h1>
            <p>{t("forbidden")}</p>
            <Link href="/dashboard">{t("backToDashboard")}</Link>
          </div>
        </main>
      </>
    );
  }
  const initial = await listReviewQueue(db, { ...filter, department: filter.department ?? undefined, period: filter.period ?? undefined, actor });
  return (
    <>
      <SiteHeader isDemo={isDemo} />
      <main className="page dash review-page">
        <nav className="crumbs" aria-label={t("kicker")}>
          <Link href="/dashboard">{t("crumbDashboard")}</Link> › <span aria-current="page">{t("title")}</span>
        </nav>
        <div className="dash-head">
          <div>
            <p className="dash-kicker">{t("kicker")}</p>
            <h1>{t("title")}</h1>
          </div>
          <ReviewFilter filter={filter} departments={departments} locale={locale} />
        </div>
        <p className="dash-note review-lead">{t("lead")}</p>
        {isDemo ? <p className="dash-demo">{t("demoNotice")}</p> : null}
        <ReviewQueue filter={filter} initial={initial} />
      </main>
    </>
  );
}
