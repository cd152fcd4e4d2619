"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from "../../i18n/locale-cookie";

/**
 * Switches between 中文 and English on the same page: the choice goes into a cookie that the
 * server reads (lib/i18n/request.ts), then the page is rendered again. Form fields keep their values.
 */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const target = t("labelLang");

  function onClick() {
    if (!isLocale(target)) return;
    document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <button type="button" className="lang-switch" lang={target} title={t("title")} onClick={onClick} disabled={isPending}>
      {t("label")}
    </button>
  );
}
