import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { dashboardHref, monthsOf } from "@/lib/client/dashboard/params";
import { formatPeriod } from "@/lib/format/number";
import { YEAR, type TPageContext } from "./page-context";

const TABS = [
  { path: "/dashboard", key: "overview" },
  { path: "/dashboard/trends", key: "trends" },
  { path: "/dashboard/behind", key: "behind" },
  { path: "/dashboard/completeness", key: "completeness" },
  { path: "/dashboard/projects", key: "projects" },
  { path: "/dashboard/briefing", key: "briefing" },
] as const;

interface TProps {
  ctx: TPageContext;
  /** The month shown (the data's latest when none was asked for). */
  asOf: string;
  path: string;
  title: string;
  /** The tab it belongs to; drill-downs belong to the overview. */
  tab: (typeof TABS)[number]["key"];
  children: ReactNode;
}

/** Header, tabs, the month picker and the preview switch (a plain GET form: works without script). */
export function DashboardShell({ ctx, asOf, path, title, tab, children }: TProps) {
  const { t, locale, params, scope } = ctx;
  return (
    <>
      <SiteHeader isDemo={ctx.isDemo} />
      <main className="page dash">
        <div className="dash-head">
          <div>
            <p className="dash-kicker">{t("title")}</p>
            <h1>{title}</h1>
          </div>
          <form className="dash-filter no-print" method="get" action={path}>
            <label className="dash-field">
              <span>{t("asOf")}</span>
              <select name="asOf" defaultValue={asOf}>
                {monthsOf(YEAR).map((m) => (
                  <option key={m} value={m}>
                    {formatPeriod(m, locale)}
                  </option>
                ))}
              </select>
            </label>
            <label className="dash-check">
              <input type="checkbox" name="submitted" value="1" defaultChecked={params.includeSubmitted} />
              <span>{t("includeSubmitted")}</span>
            </label>
            <button type="submit" className="button-secondary">
              {t("apply")}
            </button>
          </form>
        </div>
        <nav className="dash-tabs no-print" aria-label={t("navLabel")}>
          {TABS.map((tabItem) => (
            <Link key={tabItem.key} href={dashboardHref(tabItem.path, { asOf, includeSubmitted: params.includeSubmitted })} aria-current={tabItem.key === tab ? "page" : undefined}>
              {t(`tabs.${tabItem.key}`)}
            </Link>
          ))}
          {ctx.leadership ? (
            <Link href="/admin/review" data-testid="review-link">
              {t("reviewLink")}
            </Link>
          ) : null}
        </nav>
        {ctx.isDemo ? <p className="dash-demo">{t("demoNotice")}</p> : null}
        {params.includeSubmitted ? (
          <p className="dash-preview" data-testid="preview-notice">
            {t("previewNotice")}
          </p>
        ) : null}
        {scope.department ? <p className="dash-scope">{t("scopeOfficial", { name: locale === "en" ? scope.department.nameEn : scope.department.nameZh })}</p> : null}
        {children}
      </main>
    </>
  );
}
