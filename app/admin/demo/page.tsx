import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDemoStatus } from "@/lib/server/admin/demo";
import { loadAdminPage } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import { DemoPanel } from "./demo-panel.client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("demo.title")} · ${t("title")}` };
}

export default async function AdminDemoPage() {
  const ctx = await loadAdminPage("/admin/demo");
  const status = await getDemoStatus(ctx.db);
  return (
    <AdminShell ctx={ctx} tab="demo" title={ctx.t("demo.title")} lead={ctx.t("demo.lead")}>
      <DemoPanel initialStatus={status} />
    </AdminShell>
  );
}
