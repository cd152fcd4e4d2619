"use client";

import { useQuery } from "@tanstack/react-query";
import type { TReviewList } from "../../contracts/review";
import type { TLocale } from "../../i18n/locale";
import type { TReviewFilter } from "./api";
import { reviewQueueOptions } from "./keys";

/** The queue for a filter, starting from what the server rendered. */
export function useReviewQueue(filter: TReviewFilter, locale: TLocale, initialData: TReviewList) {
  return useQuery({ ...reviewQueueOptions(filter, locale), initialData, staleTime: 10_000 });
}
