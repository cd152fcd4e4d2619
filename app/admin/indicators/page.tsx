import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listDepartments } from "@/lib/server/admin/departments";
import { listTargets } from "@/lib/server/admin/targets";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { TargetsPanel } from "./targets-panel.client";

export const dynamic = "force-dynamic";
const YEAR = 2020;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("indicators.title")} · ${t("title")}` };
}

export default async function AdminIndicatorsPage() {
  const ctx = await loadAdminPage("/admin/indicators");
  const [targets, departments] = await Promise.all([listTargets(ctx.db, YEAR), listDepartments(ctx.db)]);
  return (
    <AdminShell ctx={ctx} tab="indicators" title={ctx.t("indicators.title", { year: YEAR })} lead={ctx.t("indicators.lead")}>
      <TargetsPanel year={YEAR} initialTargets={{ year: YEAR, targets }} departments={departments.map((d) => ({ code: d.code, name: ctx.locale === "en" ? d.nameEn : d.nameZh }))} />
    </AdminShell>
  );
}
