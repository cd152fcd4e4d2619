import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getAdminOverview } from "@/lib/server/admin/overview";
import { loadAdminPage } from "./_components/admin-page";
import { AdminShell, ADMIN_TABS } from "./_components/admin-shell";
import styles from "./_components/admin.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("title") };
}

/** The admin overview: one tile per task, with the count that matters for it. */
export default async function AdminIndexPage() {
  const ctx = await loadAdminPage("/admin");
  const { t, db } = ctx;
  const overview = await getAdminOverview(db);
  const counts: Record<(typeof ADMIN_TABS)[number], string> = {
    users: t("index.usersCount", { count: overview.activeUsers }),
    departments: t("index.departmentsCount", { count: overview.departments }),
    indicators: t("index.indicatorsCount"),
    locks: t("index.locksCount", { count: overview.openLocks }),
    tokens: t("index.tokensCount", { count: overview.activeTokens }),
    audit: t("index.auditCount"),
    demo: t("index.demoCount", { count: overview.demoFigures }),
  };
  return (
    <AdminShell ctx={ctx} tab="overview" title={t("title")} lead={t("index.lead")}>
      <div className={styles.grid}>
        {ADMIN_TABS.map((key) => (
          <Link key={key} href={`/admin/${key}`} className={styles.tile}>
            <h2>{t(`tabs.${key}`)}</h2>
            <p className={styles.tileCount}>{counts[key]}</p>
            <p>{t(`index.about.${key}`)}</p>
          </Link>
        ))}
      </div>
    </AdminShell>
  );
}
