import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listDepartments } from "@/lib/server/admin/departments";
import { listLocks } from "@/lib/server/admin/locks";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { LocksPanel } from "./locks-panel.client";

export const dynamic = "force-dynamic";
const YEAR = 2020;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("locks.title")} · ${t("title")}` };
}

export default async function AdminLocksPage() {
  const ctx = await loadAdminPage("/admin/locks");
  const [locks, departments] = await Promise.all([listLocks(ctx.db, YEAR), listDepartments(ctx.db)]);
  return (
    <AdminShell ctx={ctx} tab="locks" title={ctx.t("locks.title")} lead={ctx.t("locks.lead")}>
      <LocksPanel year={YEAR} initialLocks={{ year: YEAR, locks }} departments={departments.map((d) => ({ code: d.code, name: ctx.locale === "en" ? d.nameEn : d.nameZh }))} />
    </AdminShell>
  );
}
