import type { TLocale } from "../i18n/locale";

/** A moment as Siping reads it (China time): "2020年11月20日 14:05" / "20 Nov 2020, 14:05". */
export function formatDateTime(iso: string, locale: TLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  if (locale === "en") {
    const month = new Date(Date.UTC(2000, Number(parts.month) - 1, 1)).toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
    return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute}`;
  }
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
}
