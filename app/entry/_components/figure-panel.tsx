"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TEntryRow } from "@/lib/contracts/entry";
import type { TFigure } from "@/lib/contracts/figures";
import { parseEntryValue } from "@/lib/contracts/plausibility";
import { ApiError } from "@/lib/client/entry/api";
import { expectedVersion, inputText, versionField, warningsFor } from "@/lib/client/entry/grid-shape";
import { useFigureHistory } from "@/lib/client/entry/use-figure-history";
import { useSaveFigure } from "@/lib/client/entry/use-save-figure";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/format/number";
import { unitLabel } from "@/lib/format/unit";
import { translateValidation } from "@/lib/i18n/validation";
import { FigureStatus } from "./entry-cell";
import { monthOf, rowName } from "./labels";

interface TProps {
  row: TEntryRow;
  period: string;
  year: number;
  department: string;
  /** The reader may change this figure now (their bureau, month open, not awaiting review). */
  writable: boolean;
  onClose: () => void;
}

const ACTIONS = ["put", "submit", "approve", "return", "reopen"] as const;

/** One cell in full: value, public note, internal explanation, a reason where needed, the reviewer's reason, and its history. */
export function FigurePanel({ row, period, year, department, writable, onClose }: TProps) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const history = useFigureHistory(row.code, period, row.unitCode, locale);
  const cellFigure = row.cells[monthOf(period) - 1]?.figure ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.code, row.unitCode, period]);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const name = rowName(row, locale);
  const show = (v: number | null) => (v === null ? t("blank") : formatNumber(v, locale, 6));
  return (
    <aside className="entry-panel" aria-labelledby="panel-title" data-testid="figure-panel">
      <div className="panel-head">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {name} · {formatPeriod(period, locale)}
        </h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t("panel.close")}
        </button>
      </div>
      {cellFigure?.status === "returned" && cellFigure.returnReason ? <p className="notice-returned">↩ {t("panel.returned", { reason: cellFigure.returnReason })}</p> : null}
      {cellFigure?.published ? <p className="muted">{t("panel.published", { value: show(cellFigure.published.value) })}</p> : null}
      {writable ? (
        <FigureForm key={`${cellFigure?.version ?? 0}`} row={row} period={period} year={year} department={department} figure={cellFigure} />
      ) : cellFigure ? (
        <dl className="details">
          <dt>{t("panel.current")}</dt>
          <dd>
            {show(cellFigure.value)} <FigureStatus status={cellFigure.status} />
          </dd>
          {cellFigure.explanation ? (
            <>
              <dt>{t("panel.explanation")}</dt>
              <dd>{cellFigure.explanation}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <h3>{t("panel.history")}</h3>
      {history.isPending ? (
        <p className="muted">{t("panel.loading")}</p>
      ) : history.isError ? (
        <p className="form-error">{t("error.load", { message: history.error.message })}</p>
      ) : history.data.history.length === 0 ? (
        <p className="muted">{t("panel.noHistory")}</p>
      ) : (
        <ol className="history" data-testid="history">
          {history.data.history.map((h) => (
            <li key={h.version}>
              <span className="history-head">
                {t("panel.entry", {
                  when: formatDateTime(h.at, locale),
                  who: h.actor?.displayName ?? t("panel.system"),
                  action: ACTIONS.includes(h.action as (typeof ACTIONS)[number]) ? t(`panel.actions.${h.action as (typeof ACTIONS)[number]}`) : h.action,
                })}
              </span>
              {h.action === "put" ? <span className="history-change">{t("panel.change", { from: show(h.previousValue), to: show(h.value) })}</span> : null}
              {h.reason ? <span className="history-why">{t("panel.reasonLine", { text: h.reason })}</span> : null}
              {h.explanation && h.action === "put" ? <span className="history-why">{t("panel.why", { text: h.explanation })}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function FigureForm({ row, period, year, department, figure }: { row: TEntryRow; period: string; year: number; department: string; figure: TFigure | null }) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const save = useSaveFigure(year, department, locale);
  const [value, setValue] = useState(inputText(figure?.value ?? null));
  const [note, setNote] = useState(figure?.note ?? "");
  const [explanation, setExplanation] = useState(figure?.explanation ?? "");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const month = monthOf(period);
  const parsed = parseEntryValue(value, { kind: row.kind, year, month, entryFactor: row.entryFactor });
  const warnings = parsed.ok && parsed.value !== null ? warningsFor(row, month, parsed.value) : [];
  const isApproved = figure?.status === "approved";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.ok) return setError(translateValidation(parsed.error, locale));
    setError(null);
    setSaved(false);
    save.mutate(
      {
        code: row.code,
        unit: row.unitCode,
        period,
        body: {
          value: parsed.value,
          note: note.trim() || null,
          explanation: explanation.trim() || null,
          ...versionField(expectedVersion(figure)),
          ...(isApproved ? { reason: reason.trim() } : {}),
        },
      },
      { onSuccess: () => setSaved(true), onError: (e) => setError(e instanceof ApiError ? e.message : String(e)) },
    );
  }

  const valueId = `panel-value-${row.code}-${period}`;
  return (
    <form className="form panel-form" onSubmit={onSubmit} noValidate>
      <label className="field" htmlFor={valueId}>
        <span>{t("panel.value", { unit: unitLabel(row.entryUnit, locale) })}</span>
        <input id={valueId} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!parsed.ok || undefined} />
      </label>
      {!parsed.ok ? <p className="form-error">{translateValidation(parsed.error, locale)}</p> : null}
      {warnings.length > 0 ? (
        <p className="notice-warning">
          ⚠ {t("panel.warnings")} {warnings.map((w) => translateValidation(w, locale)).join(locale === "en" ? "; " : "；")}
        </p>
      ) : null}
      <label className="field">
        <span>{t("panel.explanation")}</span>
        <textarea rows={3} maxLength={2000} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("panel.note")}</span>
        <textarea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {isApproved ? (
        <label className="field">
          <span>{t("panel.reason")}</span>
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} required />
        </label>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {saved && !save.isPending ? (
        <p className="form-success" role="status">
          {t("panel.saved")}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t("panel.saving") : t("panel.save")}
        </button>
      </div>
    </form>
  );
}
