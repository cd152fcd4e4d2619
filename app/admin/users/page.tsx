import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listUsersWithSessions } from "@/lib/server/accounts/users";
import { listDepartments } from "@/lib/server/admin/departments";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { UsersPanel } from "./users-panel.client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("users.title")} · ${t("title")}` };
}

export default async function AdminUsersPage() {
  const ctx = await loadAdminPage("/admin/users");
  const [users, departments] = await Promise.all([listUsersWithSessions(ctx.db), listDepartments(ctx.db)]);
  return (
    <AdminShell ctx={ctx} tab="users" title={ctx.t("users.title")} lead={ctx.t("users.lead")}>
      <UsersPanel
        initialUsers={{ users }}
        departments={departments.map((d) => ({ code: d.code, name: ctx.locale === "en" ? d.nameEn : d.nameZh }))}
        selfId={ctx.actor.userId}
      />
    </AdminShell>
  );
}
