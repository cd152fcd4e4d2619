"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { TEntryGrid, TEntryRow } from "@/lib/contracts/entry";
import { cellKind, defaultMonth, lockOf, nextCell, rowKey, type TMoveKey } from "@/lib/client/entry/grid-shape";
import { useEntryGrid } from "@/lib/client/entry/use-entry-grid";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import { formatQuantity, unitLabel } from "@/lib/format/unit";
import { EntryCell } from "./entry-cell";
import { FigurePanel } from "./figure-panel";
import { rowName } from "./labels";
import { SubmitDialog } from "./submit-dialog";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The month × indicator grid of one bureau, with the month picker, the submission and the detail panel. */
export function EntryGrid({ initial }: { initial: TEntryGrid }) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const { data: grid } = useEntryGrid(initial, locale);
  const [month, setMonth] = useState(() => defaultMonth(initial));
  const [panel, setPanel] = useState<{ key: string; period: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const period = `${grid.year}-${String(month).padStart(2, "0")}`;
  const monthLabel = formatPeriod(period, locale);
  const departmentName = locale === "en" ? grid.department.nameEn : grid.department.nameZh;

  const onMove = useCallback((from: { row: number; col: number }, key: TMoveKey) => {
    const find = (row: number, col: number) => document.querySelector<HTMLInputElement>(`[data-cell="${row}-${col}"]`);
    // Hidden month columns (one month at a time on a phone) take no focus.
    const next = nextCell(from, key, { rows: grid.rows.length, cols: 12 }, (r, c) => {
      const el = find(r, c);
      return el !== null && el.offsetParent !== null;
    });
    if (!next) return false;
    const el = find(next.row, next.col);
    el?.focus();
    el?.select();
    return true;
  }, [grid.rows.length]);

  const panelRow = panel ? grid.rows.find((r) => rowKey(r) === panel.key) : undefined;
  const panelCell = panelRow && panel ? panelRow.cells.find((c) => c.period === panel.period) : undefined;
  const panelKind = panelCell ? cellKind(panelCell, grid.locks, grid.canEdit) : null;
  const returned = grid.rows.filter((r) => r.cells[month - 1]?.figure?.status === "returned");
  const openLocks = grid.locks.filter((l) => l.unlockedAt === null);

  return (
    <>
      <div className="entry-toolbar">
        <label className="dash-field">
          <span>{t("month")}</span>
          <select value={month} onChange={(e) => setMonth(Number(e.target.value))} data-testid="month-picker">
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {formatPeriod(`${grid.year}-${String(m).padStart(2, "0")}`, locale)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted entry-hint">{t("monthHint")}</span>
        {grid.canEdit ? (
          <button type="button" className="button-primary" onClick={() => (setDone(null), setSubmitting(true))} disabled={lockOf(period, grid.locks) !== null}>
            {t("submit.button", { period: monthLabel })}
          </button>
        ) : null}
      </div>
      {done ? (
        <p className="form-success" role="status">
          {done}
        </p>
      ) : null}
      {returned.length > 0 ? (
        <div className="notice-returned" role="note">
          <strong>↩ {t("returnedTitle", { period: monthLabel })}</strong>
          <ul>
            {returned.map((r) => (
              <li key={rowKey(r)}>{t("returnedItem", { name: rowName(r, locale), reason: r.cells[month - 1]!.figure!.returnReason ?? "" })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {openLocks.length > 0 ? (
        <div className="notice-locks">
          <strong><span aria-hidden="true">⊘</span> {t("locks")}</strong>
          <ul>
            {openLocks.map((l) => (
              <li key={l.id}>{t("lockedLong", { period: formatPeriod(l.period, locale), reason: l.reason })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="table-scroll entry-scroll">
        <table className="entry-table" data-testid="entry-grid">
          <caption className="sr-only">{t("gridCaption", { name: departmentName, year: grid.year })}</caption>
          <thead>
            <tr>
              <th scope="col" className="entry-name-col">
                {t("col.indicator")}
              </th>
              <th scope="col" className="entry-status-col">
                {t("col.status", { period: monthLabel })}
              </th>
              {MONTHS.map((m) => (
                <th key={m} scope="col" className={`m-col${m === month ? " is-selected" : ""}`}>
                  <button type="button" className="month-head" onClick={() => setMonth(m)} aria-pressed={m === month}>
                    {formatPeriod(`${grid.year}-${String(m).padStart(2, "0")}`, locale).replace(`${grid.year}年`, "").replace(` ${grid.year}`, "")}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <EntryRow key={rowKey(row)} row={row} index={r} month={month} grid={grid} onMove={onMove} onDetails={(p) => setPanel({ key: rowKey(row), period: p })} />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="entry-legend" aria-label={t("legend.title")}>
        <li>{t("legend.blank")}</li>
        <li>{t("legend.zero")}</li>
        <li>{t("legend.notDue")}</li>
        <li>{t("legend.locked")}</li>
      </ul>
      {panel && panelRow && panelCell ? (
        <FigurePanel
          row={panelRow}
          period={panel.period}
          year={grid.year}
          department={grid.department.code}
          writable={grid.canEdit && (panelKind === "editable" || (panelKind === "readonly" && panelCell.figure?.status === "approved"))}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {submitting ? (
        <SubmitDialog
          grid={grid}
          period={period}
          onClose={() => setSubmitting(false)}
          onExplain={(row: TEntryRow) => {
            setSubmitting(false);
            setPanel({ key: rowKey(row), period });
          }}
          onDone={(count) => {
            setSubmitting(false);
            setDone(t("submit.done", { count }));
          }}
        />
      ) : null}
    </>
  );
}

interface TRowProps {
  row: TEntryRow;
  index: number;
  month: number;
  grid: TEntryGrid;
  onMove: (from: { row: number; col: number }, key: TMoveKey) => boolean;
  onDetails: (period: string) => void;
}

function EntryRow({ row, index, month, grid, onMove, onDetails }: TRowProps) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const progress = row.progress[month - 1]!;
  const frequency = row.frequency === "quarterly" ? t("quarterly") : row.frequency === "first_month" ? t("firstMonth") : null;
  return (
    <tr>
      <th scope="row" className="entry-name-col">
        <span className="entry-name">{rowName(row, locale)}</span>
        <span className="cell-sub">
          {t(`basis.${row.basis}`)} · {t("entryUnit", { unit: unitLabel(row.entryUnit, locale) })}
          {frequency ? ` · ${frequency}` : ""}
        </span>
        <span className="cell-sub">{t("target", { target: formatAmount(row.target, row.unit, locale) })}</span>
      </th>
      <td className="entry-status-col">
        <StatusBadge status={progress.status} locale={locale} />
        {progress.statusWithDrafts !== progress.status ? (
          <span className="cell-sub after-submit">
            {t("afterSubmit")} <StatusBadge status={progress.statusWithDrafts} locale={locale} />
          </span>
        ) : null}
        {progress.expected !== null ? <span className="cell-sub">{t("expected", { value: formatQuantity(progress.expected, row.unit, locale) })}</span> : null}
        {progress.actual !== null ? <span className="cell-sub">{t("actual", { value: formatQuantity(progress.actual, row.unit, locale) })}</span> : null}
      </td>
      {row.cells.map((cell, c) => (
        <EntryCell
          key={cell.period}
          row={row}
          cell={cell}
          kind={cellKind(cell, grid.locks, grid.canEdit)}
          lock={lockOf(cell.period, grid.locks)}
          position={{ row: index, col: c }}
          year={grid.year}
          department={grid.department.code}
          isSelected={c + 1 === month}
          onMove={onMove}
          onDetails={() => onDetails(cell.period)}
        />
      ))}
    </tr>
  );
}
