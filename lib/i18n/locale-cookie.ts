import { LOCALES, pickLocale, type TLocale } from "./locale";

/** Set by the language switch; read on every request before Accept-Language. */
export const LOCALE_COOKIE = "siping-locale";
/** A year: the choice outlives sessions, which end after 12 hours. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The switch's cookie when it holds a known locale, else the browser's preference, else Chinese. */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): TLocale {
  return isLocale(cookieValue) ? cookieValue : pickLocale(acceptLanguage);
}
