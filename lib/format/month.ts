import type { TLocale } from "../i18n/locale";

/** A month of the year as a column head: "3月" / "Mar", from "2020-03". */
export function formatMonthShort(period: string, locale: TLocale): string {
  const month = Number(period.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) return period;
  return locale === "en" ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" }) : `${month}月`;
}

/** Months of the year as a list: "3、6、9、12月" / "Mar, Jun, Sep, Dec"; all twelve as "1—12月" / "every month". */
export function formatMonthList(months: readonly number[], locale: TLocale): string {
  if (months.length === 12 && months.every((m, i) => m === i + 1)) return locale === "en" ? "every month" : "1—12月";
  if (locale === "en") return months.map((m) => formatMonthShort(`2000-${String(m).padStart(2, "0")}`, locale)).join(", ");
  return `${months.join("、")}月`;
}
