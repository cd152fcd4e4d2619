import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { connection } from "next/server";
import { PublicFooter } from "@/app/(public)/_components/public-footer";
import { PublicHeader } from "@/app/(public)/_components/public-header";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("NotFound"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

/**
 * Rendered per request, not prebuilt: a static page would carry no CSP nonce, so its scripts
 * would be refused and it would not hydrate.
 */
export default async function NotFound() {
  await connection();
  const [t, isDemo] = await Promise.all([getTranslations("NotFound"), hasDemoData(getDb())]);
  return (
    <>
      <PublicHeader isDemo={isDemo} />
      <main id="main" className="page page-narrow">
        <div className="card">
          <h1>{t("title")}</h1>
          <p>{t("lead")}</p>
          <p>
            <Link href="/">{t("home")}</Link>
          </p>
        </div>
      </main>
      <PublicFooter />
    </>
  );
}
