import { queryOptions } from "@tanstack/react-query";
import type { TLocale } from "../../i18n/locale";
import { fetchReviewQueue, type TReviewFilter } from "./api";

/** Query keys of the review queue: every review mutation invalidates `all`. */
export const reviewKeys = {
  all: ["reviews"] as const,
  queue: (filter: TReviewFilter) => ["reviews", "queue", filter.year, filter.department ?? "", filter.period ?? ""] as const,
};

export function reviewQueueOptions(filter: TReviewFilter, locale: TLocale) {
  return queryOptions({ queryKey: reviewKeys.queue(filter), queryFn: () => fetchReviewQueue(filter, locale) });
}
