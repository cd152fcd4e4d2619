import type { TLocale } from "../i18n/locale";
import { formatNumber } from "./number";

/**
 * A difference between two rates in percentage points, signed: "+0.8个百分点" / "−0.8 pp".
 * Never a percent of a percent: 5.2% against a 6% target is −0.8 points, not −13%.
 */
export function formatPoints(points: number, locale: TLocale): string {
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
  const size = formatNumber(Math.abs(rounded), locale, 1);
  return locale === "en" ? `${sign}${size} pp` : `${sign}${size}个百分点`;
}

/**
 * A ratio as a percent of what was expected (the 完成时序进度 share): 0.84 → "84%", 0.923 → "92.3%".
 * Floored to a tenth so it never crosses a status threshold upwards: 0.996 (behind) reads 99.6%, not 100%.
 */
export function formatRatio(ratio: number, locale: TLocale): string {
  return `${formatNumber(Math.floor(ratio * 1000 + 1e-9) / 10, locale, 1)}%`;
}
