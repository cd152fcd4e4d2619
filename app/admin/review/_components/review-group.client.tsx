"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { TReviewGroup, TReviewItem } from "@/lib/contracts/review";
import { localName } from "@/lib/client/dashboard/status";
import { useReviewMutation } from "@/lib/client/review/use-review-mutation";
import { formatPeriod } from "@/lib/format/number";
import { errorText } from "./error-text";
import { FigureItem } from "./figure-item.client";
import { MilestoneItem } from "./milestone-item.client";
import type { TNotice } from "./notice";
import { ReasonDialog } from "./reason-dialog.client";

/** The items of the group this reader may review, at the versions on screen (a newer one gets 409). */
export function reviewableItems(group: TReviewGroup): TReviewItem[] {
  return [
    ...group.figures.filter((f) => f.block === null).map((f) => ({ code: f.code, ...(f.unit ? { unit: f.unit.code } : {}), version: f.version })),
    ...group.milestones.filter((m) => m.block === null).map((m) => ({ task: m.task, milestone: m.number, version: m.version })),
  ];
}

/** A bureau's month: its items one by one, and the whole month at once (one transaction). */
export function ReviewGroup({ group, onNotice }: { group: TReviewGroup; onNotice: (notice: TNotice) => void }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const titleId = useId();
  const mutation = useReviewMutation(locale);
  const [isAsking, setIsAsking] = useState(false);
  const items = reviewableItems(group);
  const all = [...group.figures, ...group.milestones];
  const own = all.filter((i) => i.block === "own").length;
  const department = localName(group.department, locale);
  const period = formatPeriod(group.period, locale);
  const names = { department, period, count: items.length };

  function run(decision: { action: "approve" } | { action: "return"; reason: string }) {
    mutation.mutate(
      { scope: "month", department: group.department.code, period: group.period, items, decision },
      {
        onSuccess: () => onNotice({ kind: "done", text: t(decision.action === "approve" ? "bulk.approved" : "bulk.returned", names) }),
        onError: (e) => onNotice({ kind: "error", text: errorText(e, t) }),
        onSettled: () => setIsAsking(false),
      },
    );
  }

  return (
    <section className="dash-section review-group" aria-labelledby={titleId} data-testid="review-group" data-department={group.department.code} data-period={group.period}>
      <div className="review-group-head">
        <h2 id={titleId}>
          {t("groupTitle", { department, period })} <span className="section-count">{t("groupCount", { count: all.length })}</span>
        </h2>
        {items.length > 0 ? (
          <div className="actions">
            <button type="button" className="button-primary" disabled={mutation.isPending} onClick={() => run({ action: "approve" })}>
              {mutation.isPending && !isAsking ? t("pending") : t("bulk.approve", { count: items.length })}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={mutation.isPending}
              onClick={() => setIsAsking(true)}
            >
              {t("bulk.return", { count: items.length })}
            </button>
          </div>
        ) : null}
      </div>
      {items.length === 0 ? <p className="dash-note">{t("bulk.noneReviewable")}</p> : own > 0 ? <p className="dash-note">{t("bulk.excludedOwn", { count: own })}</p> : null}
      {group.figures.length > 0 ? (
        <>
          <h3 className="review-kind">{t("figuresCaption")}</h3>
          <ul className="review-list">
            {group.figures.map((f) => (
              <FigureItem key={`${f.code}/${f.unit?.code ?? ""}`} item={f} period={group.period} onNotice={onNotice} />
            ))}
          </ul>
        </>
      ) : null}
      {group.milestones.length > 0 ? (
        <>
          <h3 className="review-kind">{t("milestonesCaption")}</h3>
          <ul className="review-list">
            {group.milestones.map((m) => (
              <MilestoneItem key={`${m.task}#${m.number}`} item={m} period={group.period} onNotice={onNotice} />
            ))}
          </ul>
        </>
      ) : null}
      <ReasonDialog open={isAsking} title={t("bulk.returnTitle", names)} isPending={mutation.isPending} onCancel={() => setIsAsking(false)} onConfirm={(reason) => run({ action: "return", reason })} />
    </section>
  );
}
