"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TReviewItem } from "../../contracts/review";
import type { TLocale } from "../../i18n/locale";
import { reviewBureauMonth, reviewOne, type TReviewDecision, type TReviewTarget } from "./api";
import { reviewKeys } from "./keys";

export type TReviewRequest =
  | { scope: "one"; target: TReviewTarget; decision: TReviewDecision }
  | { scope: "month"; department: string; period: string; items: TReviewItem[]; decision: TReviewDecision };

/**
 * Approve or return, one item or a bureau's month; the queue is read again after either outcome (a
 * 409 means it moved on). The refetch is not awaited, so the caller's own callbacks run before the
 * item leaves the list (and its component unmounts).
 */
export function useReviewMutation(locale: TLocale) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: TReviewRequest): Promise<unknown> =>
      request.scope === "one"
        ? reviewOne(request.target, request.decision, locale)
        : reviewBureauMonth({ department: request.department, period: request.period, items: request.items }, request.decision, locale),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
