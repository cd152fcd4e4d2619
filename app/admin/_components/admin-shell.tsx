import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { AdminQueryProvider } from "@/lib/client/admin/query-provider";
import type { TAdminPageContext } from "./admin-page";

export const ADMIN_TABS = ["users", "departments", "indicators", "locks", "tokens", "audit", "demo"] as const;
export type TAdminTab = (typeof ADMIN_TABS)[number] | "overview" | "review";

interface TProps {
  ctx: TAdminPageContext;
  tab: TAdminTab;
  title: string;
  lead?: string;
  children: ReactNode;
}

/** Header, the admin tabs (a leader sees the review queue and the audit log) and the page's sections. */
export function AdminShell({ ctx, tab, title, lead, children }: TProps) {
  const { t, isAdmin } = ctx;
  const tabs = isAdmin ? (["overview", "review", ...ADMIN_TABS] as const) : (["review", "audit"] as const);
  return (
    <>
      <SiteHeader isDemo={ctx.isDemo} />
      <main className="page dash">
        {tab === "overview" ? null : <p className="dash-kicker">{t("kicker")}</p>}
        <h1>{title}</h1>
        {lead ? <p className="dash-note">{lead}</p> : null}
        <nav className="dash-tabs" aria-label={t("navLabel")}>
          {tabs.map((key) => (
            <Link key={key} href={key === "overview" ? "/admin" : `/admin/${key}`} aria-current={key === tab ? "page" : undefined}>
              {t(`tabs.${key}`)}
            </Link>
          ))}
        </nav>
        <AdminQueryProvider>{children}</AdminQueryProvider>
      </main>
    </>
  );
}
