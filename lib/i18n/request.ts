import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import type { TLocale } from "./locale";
import { LOCALE_COOKIE, resolveLocale } from "./locale-cookie";

const CATALOGUES = {
  "zh-CN": () => import("./messages/zh-CN"),
  en: () => import("./messages/en"),
} satisfies Record<TLocale, () => Promise<unknown>>;

/** next-intl without locale routing: the URL never carries the language, the cookie or browser does. */
export default getRequestConfig(async () => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
  const { default: messages } = await CATALOGUES[locale]();
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
