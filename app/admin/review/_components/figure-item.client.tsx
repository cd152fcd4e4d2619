"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { TReviewFigure } from "@/lib/contracts/review";
import { formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatDateTime } from "@/lib/format/date-time";
import { formatPeriod } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";
import { ReviewHistory } from "./history.client";
import { ItemActions } from "./item-actions.client";
import type { TNotice } from "./notice";

const DASH = "—";

/** One submitted figure with everything a reviewer weighs, and the decision. */
export function FigureItem({ item, period, onNotice }: { item: TReviewFigure; period: string; onNotice: (notice: TNotice) => void }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  const titleId = useId();
  const name = `${localName(item, locale)}${item.unit ? ` · ${localName(item.unit, locale)}` : ""}`;
  const shown = (value: number | null) => (value === null ? DASH : formatQuantity(value, item.displayUnit, locale));
  return (
    <li className="review-item" data-testid="review-item" data-code={item.code} data-unit={item.unit?.code ?? ""} aria-labelledby={titleId}>
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
          <dt>{t("fact.value")}</dt>
          <dd>
            <strong className="review-value">{shown(item.value.display)}</strong>
            {item.entryUnit !== item.displayUnit && item.value.entered !== null ? (
              <span className="cell-sub">{t("fact.entered", { unit: item.entryUnit, value: formatQuantity(item.value.entered, item.entryUnit, locale) })}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("fact.published")}</dt>
          <dd>{item.published ? shown(item.published.value) : t("fact.notPublished")}</dd>
        </div>
        <div>
          <dt>{item.previous ? t("fact.previous", { period: formatPeriod(item.previous.period, locale) }) : t("fact.previous", { period: DASH })}</dt>
          <dd>{item.previous ? shown(item.previous.value) : t("fact.noPrevious")}</dd>
        </div>
        <div>
          <dt>{t("fact.progress", { period: formatPeriod(period, locale) })}</dt>
          <dd>
            {item.progress ? (
              <>
                <StatusBadge status={item.progress.status} locale={locale} />
                <span className="cell-sub">
                  {t("fact.progressValues", { actual: formatValue(item.progress.actual, item.displayUnit, locale), expected: formatValue(item.progress.expected, item.displayUnit, locale) })}
                </span>
              </>
            ) : (
              DASH
            )}
          </dd>
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
      {item.explanation ? (
        <div className="review-text review-internal">
          <h5>{t("explanation")}</h5>
          <p>{item.explanation}</p>
        </div>
      ) : (
        <p className="review-missing">{t("noExplanation")}</p>
      )}
      <div className="review-foot">
        <ReviewHistory entries={item.history} unit={item.displayUnit} />
        <ItemActions target={{ kind: "figure", code: item.code, period, unit: item.unit?.code ?? null, version: item.version }} name={name} block={item.block} onNotice={onNotice} />
      </div>
    </li>
  );
}
