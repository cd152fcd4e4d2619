"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { TReviewBlock } from "@/lib/contracts/review";
import type { TReviewTarget } from "@/lib/client/review/api";
import { useReviewMutation } from "@/lib/client/review/use-review-mutation";
import { errorText } from "./error-text";
import { ReasonDialog } from "./reason-dialog.client";

interface TProps {
  target: TReviewTarget;
  /** The item's name, for the buttons' accessible names and the messages. */
  name: string;
  block: TReviewBlock;
  onDone: (message: string) => void;
}

/** Approve, or return with a reason, through the item's own route; or why this reader cannot. */
export function ItemActions({ target, name, block, onDone }: TProps) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const mutation = useReviewMutation(locale);
  const [isAsking, setIsAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (block) return <p className="review-block">{t(`block.${block}`)}</p>;

  function approve() {
    setError(null);
    mutation.mutate({ scope: "one", target, decision: { action: "approve" } }, { onSuccess: () => onDone(t("approved", { name })), onError: (e) => setError(errorText(e, t)) });
  }

  function giveBack(reason: string) {
    setError(null);
    mutation.mutate(
      { scope: "one", target, decision: { action: "return", reason } },
      {
        onSuccess: () => {
          setIsAsking(false);
          onDone(t("returned", { name }));
        },
        onError: (e) => setError(errorText(e, t)),
      },
    );
  }

  return (
    <div className="actions review-actions">
      <button type="button" className="button-primary" onClick={approve} disabled={mutation.isPending} aria-label={t("approveItem", { name })}>
        {mutation.isPending && !isAsking ? t("pending") : t("approve")}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setError(null);
          setIsAsking(true);
        }}
        disabled={mutation.isPending}
        aria-label={t("returnItem", { name })}
      >
        {t("return")}
      </button>
      {error && !isAsking ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <ReasonDialog open={isAsking} title={t("returnTitle", { name })} isPending={mutation.isPending} error={isAsking ? error : null} onCancel={() => setIsAsking(false)} onConfirm={giveBack} />
    </div>
  );
}
