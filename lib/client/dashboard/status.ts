import type { TProgressStatus } from "../../contracts/tracking";
import type { TLocale } from "../../i18n/locale";
import { STATUS_ORDER, STATUS_RULES } from "../../progress/status-rules";

/** A status is read from its word and its shape, never from its colour alone. */
export const STATUS_SHAPES: Readonly<Record<TProgressStatus, string>> = {
  achieved: "★",
  ahead: "▲",
  on_track: "●",
  behind: "▼",
  off_track: "■",
  no_data: "○",
};

/** Statuses as the dashboard lists them: best first, so a row reads from done to lagging. */
export const DISPLAY_ORDER: readonly TProgressStatus[] = [...STATUS_ORDER].reverse();

export function statusName(status: TProgressStatus, locale: TLocale): string {
  const rule = STATUS_RULES[status];
  return locale === "en" ? rule.nameEn : rule.nameZh;
}

export function isLagging(status: TProgressStatus): boolean {
  return status === "behind" || status === "off_track";
}

/** An indicator's, section's or bureau's name in the reader's language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: TLocale): string {
  return locale === "en" ? item.nameEn : item.nameZh;
}
