import type { TLocale } from "../i18n/locale";

/** "2020年6月30日 14:05" / "30 Jun 2020, 14:05" from an ISO instant, in China Standard Time. */
export function formatDateTime(iso: string, locale: TLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (locale === "en") {
    return date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" });
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour === "24" ? "00" : parts.hour}:${parts.minute}`;
}
