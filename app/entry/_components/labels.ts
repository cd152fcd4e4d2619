import type { TEntryRow } from "@/lib/contracts/entry";
import type { TLocale } from "@/lib/i18n/locale";

/** A row's name in the reader's language, with the unit of a per-unit target: 农村旅游路（梨树县）. */
export function rowName(row: TEntryRow, locale: TLocale): string {
  const name = locale === "en" ? row.nameEn : row.nameZh;
  const unit = locale === "en" ? row.unitNameEn : row.unitNameZh;
  if (!unit) return name;
  return locale === "en" ? `${name} (${unit})` : `${name}（${unit}）`;
}

export const monthOf = (period: string) => Number(period.slice(5, 7));
