import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listUsers } from "@/lib/server/accounts/users";
import { listApiTokens } from "@/lib/server/auth/tokens";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { TokensPanel } from "./tokens-panel.client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("tokens.title")} · ${t("title")}` };
}

export default async function AdminTokensPage() {
  const ctx = await loadAdminPage("/admin/tokens");
  const [tokens, users] = await Promise.all([listApiTokens(ctx.db), listUsers(ctx.db)]);
  return (
    <AdminShell ctx={ctx} tab="tokens" title={ctx.t("tokens.title")} lead={ctx.t("tokens.lead")}>
      <TokensPanel initialTokens={{ tokens }} logins={users.filter((u) => !u.disabled).map((u) => u.login)} />
    </AdminShell>
  );
}
