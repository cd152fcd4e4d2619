import type { TLocale } from "../../i18n/locale";

export interface TNameList {
  /** The first `max` names, joined in the reader's language. */
  names: string;
  total: number;
  /** More items than names shown. */
  isTruncated: boolean;
}

/** Indicator names for a table cell: "甲、乙、丙" / "A, B, C", at most `max` of them. */
export function listNames(items: readonly { nameZh: string; nameEn: string }[], locale: TLocale, max = 6): TNameList {
  const shown = items.slice(0, max).map((i) => (locale === "en" ? i.nameEn : i.nameZh));
  return { names: shown.join(locale === "en" ? ", " : "、"), total: items.length, isTruncated: items.length > max };
}
