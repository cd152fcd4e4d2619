"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TEntryGrid, TEntryRow } from "@/lib/contracts/entry";
import { blankRows, explanationNeeds, submittableCount } from "@/lib/client/entry/grid-shape";
import { useSubmitMonth } from "@/lib/client/entry/use-submit-month";
import { formatPeriod } from "@/lib/format/number";
import { translateValidation } from "@/lib/i18n/validation";
import { rowName } from "./labels";

interface TProps {
  grid: TEntryGrid;
  period: string;
  onClose: () => void;
  onExplain: (row: TEntryRow) => void;
  onDone: (count: number) => void;
}

/** Submitting a month: what goes, what is blank (confirmed here), and what still needs an explanation. */
export function SubmitDialog({ grid, period, onClose, onExplain, onDone }: TProps) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const submit = useSubmitMonth(grid.year, grid.department.code, locale);
  const [confirmBlanks, setConfirmBlanks] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const blanks = blankRows(grid, period);
  const needs = explanationNeeds(grid, period);
  const count = submittableCount(grid, period);
  const month = formatPeriod(period, locale);
  const canSend = count > 0 && needs.length === 0 && (blanks.length === 0 || confirmBlanks) && !submit.isPending;
  const sep = locale === "en" ? ", " : "，";

  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby="submit-title" onCancel={onClose} data-testid="submit-dialog">
      <h2 id="submit-title">{t("submit.title", { period: month })}</h2>
      <p>{count > 0 ? t("submit.count", { count }) : t("submit.none")}</p>
      {blanks.length > 0 ? (
        <>
          <p>{t("submit.blanksTitle")}</p>
          <ul className="dialog-list">
            {blanks.map((row) => (
              <li key={`${row.code}/${row.unitCode ?? ""}`}>{rowName(row, locale)}</li>
            ))}
          </ul>
          <label className="dash-check">
            <input type="checkbox" checked={confirmBlanks} onChange={(e) => setConfirmBlanks(e.target.checked)} />
            <span>{t("submit.confirmBlanks")}</span>
          </label>
        </>
      ) : null}
      {needs.length > 0 ? (
        <>
          <p>{t("submit.needsTitle")}</p>
          <ul className="dialog-list">
            {needs.map((need) => (
              <li key={`${need.row.code}/${need.row.unitCode ?? ""}`}>
                {rowName(need.row, locale)}（{[...need.warnings.map((w) => translateValidation(w, locale)), ...(need.isBehind ? [t("submit.needsBehind")] : [])].join(sep)}）{" "}
                <button type="button" className="link-button" onClick={() => onExplain(need.row)}>
                  {t("submit.explain")}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {submit.isError ? (
        <p className="form-error" role="alert">
          {t("submit.failed")}
          {submit.error.message}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={!canSend}
          onClick={() => submit.mutate({ department: grid.department.code, period, confirmBlanks: blanks.length > 0 ? confirmBlanks : undefined }, { onSuccess: (result) => onDone(result.submitted.length) })}
        >
          {submit.isPending ? t("submit.sending") : t("submit.confirm")}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t("submit.cancel")}
        </button>
      </div>
    </dialog>
  );
}
