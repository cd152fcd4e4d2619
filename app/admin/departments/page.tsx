import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listDepartments } from "@/lib/server/admin/departments";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { DepartmentsPanel } from "./departments-panel.client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("departments.title")} · ${t("title")}` };
}

export default async function AdminDepartmentsPage() {
  const ctx = await loadAdminPage("/admin/departments");
  const departments = await listDepartments(ctx.db);
  return (
    <AdminShell ctx={ctx} tab="departments" title={ctx.t("departments.title")} lead={ctx.t("departments.lead")}>
      <DepartmentsPanel initialDepartments={{ departments }} />
    </AdminShell>
  );
}
