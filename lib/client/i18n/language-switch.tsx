"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from "../../i18n/locale-cookie";

interface TProps {
  /** The other language's name in that language ("English" / "中文"). */
  label: string;
  /** Its locale code, which the cookie will hold. */
  target: string;
  title: string;
}

/**
 * Switches between 中文 and English on the same page: the choice goes into a cookie that the
 * server reads (lib/i18n/request.ts), then the page is rendered again. Form fields keep their values.
 * Its words come from the server (LanguageSwitchLabels), so public pages ship no message runtime.
 */
export function LanguageSwitch({ label, target, title }: TProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function onClick() {
    if (!isLocale(target)) return;
    document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <button type="button" className="lang-switch" lang={target} title={title} onClick={onClick} disabled={isPending}>
      {label}
    </button>
  );
}
