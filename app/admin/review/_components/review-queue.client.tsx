"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { TReviewList } from "@/lib/contracts/review";
import type { TReviewFilter } from "@/lib/client/review/api";
import { useReviewQueue } from "@/lib/client/review/use-review-queue";
import type { TNotice } from "./notice";
import { ReviewGroup } from "./review-group.client";

interface TProps {
  filter: TReviewFilter;
  initial: TReviewList;
}

/** The queue, kept current by React Query from the server's first rendering. */
export function ReviewQueue(props: TProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } }));
  return (
    <QueryClientProvider client={client}>
      <Queue {...props} />
    </QueryClientProvider>
  );
}

function Queue({ filter, initial }: TProps) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const { data } = useReviewQueue(filter, locale, initial);
  const [notice, setNotice] = useState<TNotice | null>(null);
  return (
    <>
      <p className="review-total">{t("total", { count: data.total })}</p>
      {/* Both regions stay in the page, so a screen reader hears what is put into them. */}
      <div className="review-notices">
        <p className="review-done" role="status" data-testid="review-message">
          {notice?.kind === "done" ? notice.text : ""}
        </p>
        <p className="review-error" role="alert" data-testid="review-error">
          {notice?.kind === "error" ? notice.text : ""}
        </p>
      </div>
      {data.groups.length === 0 ? <p className="dash-section muted">{t("empty")}</p> : null}
      {data.groups.map((group) => (
        <ReviewGroup key={`${group.department.code}/${group.period}`} group={group} onNotice={setNotice} />
      ))}
    </>
  );
}
