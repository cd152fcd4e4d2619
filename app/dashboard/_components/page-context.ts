import { getLocale, getTranslations } from "next-intl/server";
import { dashboardHref, parseDashboardParams } from "@/lib/client/dashboard/params";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { getDashboardScope, isLeadership } from "@/lib/server/dashboard/scope";
import { hasDemoData } from "@/lib/server/figures/queries";

export const YEAR = 2020;

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What every dashboard page starts from: the signed-in reader, their scope, the month and the language. */
export async function loadPageContext(path: string, searchParams: TSearchParams) {
  const search = await searchParams;
  const params = parseDashboardParams(search, YEAR);
  const actor = await requireSignedIn(dashboardHref(path, params));
  const db = getDb();
  const [scope, locale, t, isDemo] = await Promise.all([getDashboardScope(db, actor), getLocale(), getTranslations("Dashboard"), hasDemoData(db)]);
  return { actor, db, scope, params, locale, t, isDemo, search, leadership: isLeadership(actor) };
}

export type TPageContext = Awaited<ReturnType<typeof loadPageContext>>;
