"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TReviewHistoryEntry } from "@/lib/contracts/review";
import { formatDateTime } from "@/lib/format/date-time";
import { formatDay } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";

const ACTIONS = ["put", "submit", "approve", "return", "reopen"] as const;
type TAction = (typeof ACTIONS)[number];
const isKnown = (action: string): action is TAction => (ACTIONS as readonly string[]).includes(action);

/** Every change of an item, oldest first, behind a disclosure. */
export function ReviewHistory({ entries, unit }: { entries: TReviewHistoryEntry[]; unit: string | null }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  return (
    <details className="review-history">
      <summary>{t("history.summary", { count: entries.length })}</summary>
      <ol>
        {entries.map((e) => (
          <li key={e.version}>
            <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
            <span>{e.actor?.displayName ?? t("history.nobody")}</span>
            <strong>{isKnown(e.action) ? t(`history.action.${e.action}`) : e.action}</strong>
            {unit !== null && e.value !== null ? <span>{formatQuantity(e.value, unit, locale)}</span> : null}
            {e.doneDate ? <span>{formatDay(e.doneDate, locale)}</span> : null}
            {e.reason ? <span className="history-reason">{t("history.reason", { reason: e.reason })}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
