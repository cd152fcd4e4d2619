import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FEED_PATH } from "@/lib/server/public/routes";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Meta");
  // Feed readers find the updates feed from any page.
  return { title: t("siteName"), description: t("description"), alternates: { types: { "application/atom+xml": [{ url: FEED_PATH, title: t("feedTitle") }] } } };
}

/**
 * The language comes from the switch's cookie or the browser (lib/i18n/request.ts), never the URL.
 * Client components get their messages from ClientMessages, in the areas that have them.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {children}
      </body>
    </html>
  );
}
