import type { TProgressRow } from "../../contracts/progress";
import { formatPoints, formatRatio } from "../../format/points";
import { formatQuantity } from "../../format/unit";
import type { TLocale } from "../../i18n/locale";

export const DASH = "—";

/** Four significant digits (never fewer than the whole part): 20.7333 → 20.73, 126.667 → 126.7, 4.7 → 4.7. */
export function roundForDisplay(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const whole = Math.floor(Math.log10(Math.abs(value))) + 1;
  return Number(value.toPrecision(Math.min(21, Math.max(4, whole))));
}

/** A computed value (expected, projected, pace) as officials would write it, not to the third decimal of a projection. */
export function formatValue(value: number | null, unit: string, locale: TLocale): string {
  return value === null ? DASH : formatQuantity(roundForDisplay(value), unit, locale);
}

/**
 * How far from the target or the schedule: a rate's gap in 百分点 ("低于目标0.8个百分点"), never a
 * percent of a percent; an amount's share of what is expected by now ("完成时序进度的92%").
 */
export function formatGap(row: Pick<TProgressRow, "gapPoints" | "ratio">, locale: TLocale): string {
  const zh = locale !== "en";
  if (row.gapPoints !== null) {
    const size = formatPoints(Math.abs(row.gapPoints), locale).replace(/^[+−]/, "");
    if (Math.abs(row.gapPoints) < 0.05) return zh ? "与目标持平" : "at the target";
    if (row.gapPoints < 0) return zh ? `低于目标${size}` : `${size} below the target`;
    return zh ? `高于目标${size}` : `${size} above the target`;
  }
  if (row.ratio !== null) return zh ? `完成时序进度的${formatRatio(row.ratio, locale)}` : `${formatRatio(row.ratio, locale)} of the schedule`;
  return DASH;
}

/** The monthly pace still needed, with its unit: "每月2.3万亩" / "23,000 mu a month". */
export function formatPace(pace: number | null, unit: string, locale: TLocale): string {
  if (pace === null) return DASH;
  const amount = formatQuantity(roundForDisplay(pace), unit, locale);
  return locale === "en" ? `${amount} a month` : `每月${amount}`;
}
