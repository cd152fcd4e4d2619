"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import type { TEntryCell, TEntryRow } from "@/lib/contracts/entry";
import type { TFigure, TPeriodLock } from "@/lib/contracts/figures";
import { parseEntryValue } from "@/lib/contracts/plausibility";
import { ApiError } from "@/lib/client/entry/api";
import { expectedVersion, inputText, warningsFor, type TCellKind, type TMoveKey } from "@/lib/client/entry/grid-shape";
import { useSaveFigure } from "@/lib/client/entry/use-save-figure";
import { formatNumber, formatPeriod } from "@/lib/format/number";
import { translateValidation } from "@/lib/i18n/validation";
import { ConflictDialog } from "./conflict-dialog";
import { monthOf, rowName } from "./labels";

type TPhase = "idle" | "saving" | "saved" | "failed" | "conflict";

interface TProps {
  row: TEntryRow;
  cell: TEntryCell;
  kind: TCellKind;
  lock: TPeriodLock | null;
  position: { row: number; col: number };
  year: number;
  department: string;
  isSelected: boolean;
  /** Moves focus for a key; false when there is no cell that way (the value is then saved in place). */
  onMove: (from: { row: number; col: number }, key: TMoveKey) => boolean;
  onDetails: () => void;
}

/**
 * One month of one indicator. What is typed stays in the cell (never replaced by a refetch) until
 * it is saved; the version it started from goes with the save, so another person's change in the
 * meantime comes back as a conflict to resolve instead of being overwritten.
 */
export function EntryCell({ row, cell, kind, lock, position, year, department, isSelected, onMove, onDetails }: TProps) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const save = useSaveFigure(year, department, locale);
  const figure = cell.figure;
  const [text, setText] = useState<string | null>(null);
  const [phase, setPhase] = useState<TPhase>("idle");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ mine: number | null; current: TFigure | null } | null>(null);
  const baseVersion = useRef<number | null>(null);
  const month = monthOf(cell.period);
  const name = rowName(row, locale);
  const label = t("cellLabel", { name, period: formatPeriod(cell.period, locale) });
  const className = `entry-cell m-col${isSelected ? " is-selected" : ""}`;

  if (kind === "not_due") {
    const frequency = row.frequency === "quarterly" ? t("quarterly") : t("firstMonth");
    return (
      <td className={`${className} cell-not-due`} title={t("notDueLong", { period: formatPeriod(cell.period, locale), frequency })}>
        <span aria-hidden="true">—</span>
        <span className="cell-sub">{t("notDue")}</span>
      </td>
    );
  }
  if (kind === "locked" || kind === "readonly") {
    const reason = lock ? t("lockedLong", { period: formatPeriod(cell.period, locale), reason: lock.reason }) : undefined;
    return (
      <td className={`${className} cell-${kind}`} title={reason}>
        <span className="cell-value">{figure?.value == null ? <span className="cell-blank">{t("blank")}</span> : formatNumber(figure.value, locale, 6)}</span>
        <span className="cell-sub">
          {lock ? <><span aria-hidden="true">⊘</span> {t("locked")}</> : figure ? <FigureStatus status={figure.status} /> : null}
          {reason ? <span className="sr-only">{reason}</span> : null}
        </span>
        {figure ? (
          <button type="button" className="cell-more" onClick={onDetails} aria-label={t("detailsLabel", { name, period: formatPeriod(cell.period, locale) })}>
            ⋯
          </button>
        ) : null}
      </td>
    );
  }

  const shown = text ?? inputText(figure?.value ?? null);
  const context = { kind: row.kind, year, month, entryFactor: row.entryFactor };
  const warnings = figure?.value != null && !figure.explanation && (figure.status === "draft" || figure.status === "returned") ? warningsFor(row, month, figure.value) : [];
  const withDrafts = row.progress[month - 1]?.statusWithDrafts;
  const isBehind = withDrafts === "behind" || withDrafts === "off_track";
  const needsExplanation = figure?.value != null && !figure.explanation && (figure.status === "draft" || figure.status === "returned") && (warnings.length > 0 || isBehind);

  function send(value: number | null, version: number | null, typed: string) {
    setPhase("saving");
    setError(null);
    save.mutate(
      { code: row.code, unit: row.unitCode, period: cell.period, body: { value, ...(version !== null ? { version } : {}) } },
      {
        onSuccess: () => {
          setPhase("saved");
          setConflict(null);
          // Only forget the typed text if nothing more was typed while saving.
          setText((now) => (now === typed ? null : now));
          baseVersion.current = null;
        },
        onError: (failure) => {
          if (failure instanceof ApiError && failure.status === 409) {
            setPhase("conflict");
            setConflict({ mine: value, current: failure.current });
            return;
          }
          setPhase("failed");
          setError(failure instanceof ApiError && failure.status !== 0 ? failure.message : null);
        },
      },
    );
  }

  /** Validates and saves what was typed; false when it cannot be saved as it is (the cell keeps it). */
  function commit(): boolean {
    // While a conflict is open the choice is the official's, not the blur's.
    if (text === null || phase === "conflict") return true;
    const parsed = parseEntryValue(text, context);
    if (!parsed.ok) {
      setError(translateValidation(parsed.error, locale));
      return false;
    }
    if (parsed.value === (figure?.value ?? null) && phase !== "failed") {
      setText(null);
      setError(null);
      return true;
    }
    if (phase === "saving" && save.variables?.body.value === parsed.value) return true;
    send(parsed.value, baseVersion.current, text);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    let key: TMoveKey | null = null;
    if (event.key === "Enter") key = event.shiftKey ? "ShiftEnter" : "Enter";
    else if (event.key === "ArrowUp" || event.key === "ArrowDown") key = event.key;
    else if (event.key === "ArrowLeft" && input.selectionStart === 0 && input.selectionEnd === 0) key = "ArrowLeft";
    else if (event.key === "ArrowRight" && input.selectionStart === input.value.length) key = "ArrowRight";
    else if (event.key === "Escape") {
      setText(null);
      setError(null);
      baseVersion.current = null;
      return;
    }
    if (!key) return;
    event.preventDefault();
    if (text !== null) {
      const parsed = parseEntryValue(text, context);
      if (!parsed.ok) {
        setError(translateValidation(parsed.error, locale));
        return;
      }
    }
    // Moving away blurs the input, which saves it; at an edge, save in place.
    if (!onMove(position, key)) commit();
  }

  const errorId = `err-${row.code}-${row.unitCode ?? ""}-${month}`;
  const status =
    phase === "saving" ? (
      <span className="phase phase-saving" role="status">
        ⟳ {t("phase.saving")}
      </span>
    ) : phase === "failed" ? (
      <span className="phase phase-failed" role="alert">
        ✕ {t("phase.failed")}{" "}
        <button type="button" className="link-button" onClick={() => commit() || undefined}>
          {t("phase.retry")}
        </button>
      </span>
    ) : phase === "saved" && text === null ? (
      <span className="phase phase-saved" role="status">
        ✓ {t("phase.saved")}
      </span>
    ) : figure ? (
      <FigureStatus status={figure.status} />
    ) : null;

  return (
    <td className={`${className} cell-editable${error ? " has-error" : ""}${phase === "failed" ? " has-failed" : ""}`}>
      <input
        className="cell-input"
        inputMode="decimal"
        autoComplete="off"
        data-cell={`${position.row}-${position.col}`}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={t("blank")}
        value={shown}
        onChange={(event) => {
          if (text === null) baseVersion.current = expectedVersion(figure);
          setText(event.target.value);
          setError(null);
          if (phase === "saved") setPhase("idle");
        }}
        onBlur={() => commit()}
        onKeyDown={onKeyDown}
      />
      <span className="cell-sub">
        {status}
        {needsExplanation ? (
          <button type="button" className="tag-explain" onClick={onDetails}>
            ⚠ {t("needsExplanation")}
          </button>
        ) : null}
      </span>
      {error ? (
        <span className="cell-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
      <button type="button" className="cell-more" onClick={onDetails} aria-label={t("detailsLabel", { name, period: formatPeriod(cell.period, locale) })}>
        ⋯
      </button>
      {conflict ? (
        <ConflictDialog
          label={label}
          mine={conflict.mine}
          current={conflict.current}
          onKeepMine={() => send(conflict.mine, conflict.current?.version ?? null, text ?? "")}
          onTakeTheirs={() => {
            setConflict(null);
            setPhase("idle");
            setText(null);
            baseVersion.current = null;
          }}
        />
      ) : null}
    </td>
  );
}

export function FigureStatus({ status }: { status: TFigure["status"] }) {
  const t = useTranslations("Entry");
  const shape = { draft: "✎", submitted: "⇪", approved: "✔", returned: "↩" }[status];
  return (
    <span className={`figure-status figure-${status}`}>
      <span aria-hidden="true">{shape}</span> {t(`figureStatus.${status}`)}
    </span>
  );
}
