"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { TReviewMilestone } from "@/lib/contracts/review";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatDateTime } from "@/lib/format/date-time";
import { formatDay, formatPeriod } from "@/lib/format/number";
import { ReviewHistory } from "./history.client";
import { ItemActions } from "./item-actions.client";
import type { TNotice } from "./notice";

const DASH = "—";

/** One submitted livelihood-project milestone: its plan, the reported date and what is public now. */
export function MilestoneItem({ item, period, onNotice }: { item: TReviewMilestone; period: string; onNotice: (notice: TNotice) => void }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const titleId = useId();
  const en = locale === "en";
  const name = `${en ? item.taskTitleEn : item.taskTitleZh} · ${t("milestoneTitle", { number: item.number, title: en ? item.titleEn : item.titleZh })}`;
  return (
    <li className="review-item" data-testid="review-milestone" data-task={item.task} data-number={item.number} aria-labelledby={titleId}>
      <div className="review-item-head">
        <h4 id={titleId}>{name}</h4>
        <span className="review-state">
          <span aria-hidden="true">◇</span>
          {t("state.submitted")}
        </span>
        {item.isDemo ? <span className="demo-badge">{t("demoTag")}</span> : null}
      </div>
      <dl className="review-facts">
        <div>
          <dt>{t("fact.due")}</dt>
          <dd>{formatDay(item.dueDate, locale)}</dd>
        </div>
        <div>
          <dt>{t("fact.done")}</dt>
          <dd>
            <strong className="review-value">{item.doneDate ? formatDay(item.doneDate, locale) : t("fact.notDone")}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("fact.publishedDone")}</dt>
          <dd>{item.published ? (item.published.doneDate ? formatDay(item.published.doneDate, locale) : t("fact.notDone")) : t("fact.notPublished")}</dd>
        </div>
        <div>
          <dt>{t("fact.projectProgress", { period: formatPeriod(period, locale) })}</dt>
          <dd>{item.progress ? <StatusBadge status={item.progress.status} locale={locale} /> : DASH}</dd>
        </div>
        <div>
          <dt>{t("fact.author")}</dt>
          <dd>{item.author?.displayName ?? DASH}</dd>
        </div>
        <div>
          <dt>{t("fact.submittedAt")}</dt>
          <dd>{item.submittedAt ? formatDateTime(item.submittedAt, locale) : DASH}</dd>
        </div>
      </dl>
      {item.note ? (
        <div className="review-text">
          <h5>{t("note")}</h5>
          <p>{item.note}</p>
        </div>
      ) : null}
      <div className="review-foot">
        <ReviewHistory entries={item.history} unit={null} />
        <ItemActions target={{ kind: "milestone", task: item.task, number: item.number, version: item.version }} name={name} block={item.block} onNotice={onNotice} />
      </div>
    </li>
  );
}
