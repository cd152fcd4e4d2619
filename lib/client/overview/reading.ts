import type { TIndicatorKind } from "../../contracts/common";
import type { TBasis } from "../../contracts/tracking";
import { formatNumber, formatScaled } from "../../format/number";
import { formatMonthShort } from "../../format/month";
import { isSymbolUnit } from "../../format/unit";
import type { TLocale } from "../../i18n/locale";
import { DASH, formatValue, roundForDisplay } from "../dashboard/row-format";

/** Bases whose figure covers the year so far (1—9月), not one month (9月). */
const YEAR_TO_DATE: ReadonlySet<TBasis> = new Set(["ytd_total", "month_amount", "ytd_rate", "month_mean", "month_count"]);

/**
 * What months an actual covers: "1—9月" / "Jan–Sep" for a year-to-date figure (a sum, a mean, a
 * cumulative growth rate), "9月" / "Sep" for a month-end value or a percent done.
 */
export function readingPeriod(basis: TBasis, period: string, locale: TLocale): string {
  const month = formatMonthShort(period, locale);
  if (!YEAR_TO_DATE.has(basis) || period.endsWith("-01")) return month;
  const january = formatMonthShort(`${period.slice(0, 4)}-01`, locale);
  return locale === "en" ? `${january}–${month}` : `1—${month}`;
}

/** A count unit as written without 万 or 亿 (个, 人, 件): its large values read better scaled. */
function isBareCount(unit: string): boolean {
  return unit !== "%" && unit !== "位" && !isSymbolUnit(unit) && !unit.startsWith("万") && !unit.startsWith("亿");
}

/**
 * An actual or expected value in the display unit: a growth rate signed ("+4.7%", "−3.2%"), a
 * large bare count in 万/亿 in Chinese ("1.2万人"; English says millions, see formatQuantity),
 * anything else as the dashboard shows it (four significant digits).
 */
export function formatReading(value: number | null, unit: string, kind: TIndicatorKind, locale: TLocale): string {
  if (value === null) return DASH;
  const shown = roundForDisplay(value);
  if (kind === "growth_rate" && unit === "%") {
    const sign = shown > 0 ? "+" : shown < 0 ? "−" : "";
    return `${sign}${formatNumber(Math.abs(shown), locale)}%`;
  }
  if (locale !== "en" && isBareCount(unit) && Math.abs(shown) >= 1e4) return `${formatScaled(shown, locale)}${unit}`;
  return formatValue(shown, unit, locale);
}
