import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { canAdminister, canReadAuditLog } from "@/lib/server/admin/permissions";
import { requireSignedIn } from "@/lib/server/auth/require";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every admin page starts from: the signed-in administrator (or, where `allowLeader`, a
 * leader: the audit log), the language and the messages. Anyone else gets the not-found page, as
 * the API answers 403/404 for what is not theirs.
 */
export async function loadAdminPage(path: string, options: { allowLeader?: boolean } = {}) {
  const actor = await requireSignedIn(path);
  if (!(options.allowLeader ? canReadAuditLog(actor) : canAdminister(actor))) notFound();
  const db = getDb();
  const [t, locale, isDemo] = await Promise.all([getTranslations("Admin"), getLocale(), hasDemoData(db)]);
  return { actor, db, t, locale, isDemo, isAdmin: canAdminister(actor) };
}

export type TAdminPageContext = Awaited<ReturnType<typeof loadAdminPage>>;
