import type { TLocale } from "../i18n/locale";

/**
 * A number as Chinese reports write it: no grouping, no trailing zeros (23.6, 5000, 0.074).
 * English groups thousands (236,000).
 */
export function formatNumber(value: number, locale: TLocale, maxFractionDigits = 3): string {
  return new Intl.NumberFormat(locale === "en" ? "en-US" : "zh-CN", {
    maximumFractionDigits: maxFractionDigits,
    useGrouping: locale === "en",
  }).format(value);
}

/**
 * A raw count as each language scales it: Chinese in 万/亿 (12000 → "1.2万", 350000000 → "3.5亿";
 * below 10000 the number itself), English in millions and billions from a million up
 * (1200000 → "1.2 million", 3500000000 → "3.5 billion"; below that grouped digits, "12,000").
 */
export function formatScaled(value: number, locale: TLocale): string {
  const abs = Math.abs(value);
  if (locale === "en") {
    if (abs >= 1e9) return `${formatNumber(value / 1e9, locale, 2)} billion`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, locale, 2)} million`;
    return formatNumber(value, locale, 2);
  }
  if (abs >= 1e8) return `${formatNumber(value / 1e8, locale, 2)}亿`;
  if (abs >= 1e4) return `${formatNumber(value / 1e4, locale, 2)}万`;
  return formatNumber(value, locale, 2);
}

/** "2020年3月" / "Mar 2020" from "2020-03". */
export function formatPeriod(period: string, locale: TLocale): string {
  const [year, month] = period.split("-").map(Number);
  if (!year || !month) return period;
  if (locale === "en") return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  return `${year}年${month}月`;
}

/** "2020年6月30日" / "30 Jun 2020" from "2020-06-30". */
export function formatDay(day: string, locale: TLocale): string {
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return day;
  if (locale === "en") return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${year}年${month}月${date}日`;
}

/** A moment in the city's time zone (UTC+8): "2020年11月3日 14:05" / "3 Nov 2020, 14:05". */
export function formatDateTime(iso: string, locale: TLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const time = `${parts.hour}:${parts.minute}`;
  if (locale === "en") return `${formatDay(`${parts.year}-${parts.month!.padStart(2, "0")}-${parts.day!.padStart(2, "0")}`, locale)}, ${time}`;
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${time}`;
}
