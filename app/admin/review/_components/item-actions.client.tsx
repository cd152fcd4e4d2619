"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { TReviewBlock } from "@/lib/contracts/review";
import type { TReviewTarget } from "@/lib/client/review/api";
import { useReviewMutation } from "@/lib/client/review/use-review-mutation";
import { errorText } from "./error-text";
import type { TNotice } from "./notice";
import { ReasonDialog } from "./reason-dialog.client";

interface TProps {
  target: TReviewTarget;
  /** The item's name, for the buttons' accessible names and the messages. */
  name: string;
  block: TReviewBlock;
  /** Outcomes go to the page, which outlives the item (it leaves the list once reviewed, or on a 409). */
  onNotice: (notice: TNotice) => void;
}

/** Approve, or return with a reason, through the item's own route; or why this reader cannot. */
export function ItemActions({ target, name, block, onNotice }: TProps) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const mutation = useReviewMutation(locale);
  const [isAsking, setIsAsking] = useState(false);

  if (block) return <p className="review-block">{t(`block.${block}`)}</p>;

  function decide(decision: { action: "approve" } | { action: "return"; reason: string }) {
    mutation.mutate(
      { scope: "one", target, decision },
      {
        onSuccess: () => onNotice({ kind: "done", text: t(decision.action === "approve" ? "approved" : "returned", { name }) }),
        onError: (e) => onNotice({ kind: "error", text: errorText(e, t) }),
        onSettled: () => setIsAsking(false),
      },
    );
  }

  return (
    <div className="actions review-actions">
      <button type="button" className="button-primary" onClick={() => decide({ action: "approve" })} disabled={mutation.isPending} aria-label={t("approveItem", { name })}>
        {mutation.isPending && !isAsking ? t("pending") : t("approve")}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => setIsAsking(true)}
        disabled={mutation.isPending}
        aria-label={t("returnItem", { name })}
      >
        {t("return")}
      </button>
      <ReasonDialog open={isAsking} title={t("returnTitle", { name })} isPending={mutation.isPending} onCancel={() => setIsAsking(false)} onConfirm={(reason) => decide({ action: "return", reason })} />
    </div>
  );
}
