import type { TComparator } from "../contracts/common";
import type { TLocale } from "../i18n/locale";
import { formatQuantity } from "./unit";

export interface TAmount {
  comparator: TComparator;
  value: number | null;
  min: number | null;
  max: number | null;
}

/**
 * A target or result as a Chinese official reads it in the report: "5%—6%", "300天以上",
 * "35微克/立方米以内", "4%左右", "负增长"; in English "5–6%", "at least 300 days".
 */
export function formatAmount(amount: TAmount, unit: string, locale: TLocale): string {
  const q = (v: number) => formatQuantity(v, unit, locale);
  const { comparator, value, min, max } = amount;
  if (comparator === "range") {
    if (min === null || max === null) return "—";
    if (locale === "en") return unit === "%" ? `${min}–${max}%` : `${q(min)} to ${q(max)}`;
    return unit === "%" ? `${q(min)}—${q(max)}` : `${min}—${q(max)}`;
  }
  if (value === null) return locale === "en" ? "on schedule" : "按期完成";
  const zh = locale !== "en";
  switch (comparator) {
    case ">=":
      return zh ? `${q(value)}以上` : `at least ${q(value)}`;
    case "<=":
      return zh ? `${q(value)}以内` : `at most ${q(value)}`;
    case "<":
      if (value === 0 && unit === "%") return zh ? "负增长" : "a decline";
      return zh ? `低于${q(value)}` : `below ${q(value)}`;
    case "about":
      return zh ? `${q(value)}左右` : `about ${q(value)}`;
    case "=":
      return q(value);
  }
}
