"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import type { TImportChange, TImportResult } from "../../contracts/imports";
import { formatNumber, formatPeriod } from "../../format/number";
import type { TLocale } from "../../i18n/locale";
import { postImport, type TImportOutcome } from "./post-import";

type TKind = "added" | "changed" | "cleared" | "note";
const SHAPES: Record<TKind | "error", string> = { added: "＋", changed: "✎", cleared: "－", note: "✎", error: "✕" };
const CLASSES: Record<TKind | "error", string> = { added: "status-achieved", changed: "status-ahead", cleared: "status-behind", note: "status-on_track", error: "status-off_track" };

function kindOf(change: TImportChange): TKind {
  if (change.old === null && change.new !== null) return "added";
  if (change.old !== null && change.new === null) return "cleared";
  return change.old === change.new ? "note" : "changed";
}

interface TProps {
  period: string;
  locale: TLocale;
}

/** Choose a file, preview what it would write (or every error), then import the same file. */
export function ImportForm({ period, locale }: TProps) {
  const t = useTranslations("Import");
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<TImportOutcome | null>(null);
  const [previewed, setPreviewed] = useState<TImportResult | null>(null);
  const [action, setAction] = useState<"preview" | "apply" | null>(null);
  const [isPending, startTransition] = useTransition();

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setPreviewed(null);
    setOutcome(null);
  }

  function run(dryRun: boolean) {
    if (!file) return setOutcome({ kind: "failed", message: t("noFile") });
    setAction(dryRun ? "preview" : "apply");
    startTransition(async () => {
      const result = await postImport(file, { dryRun, period, locale });
      setOutcome(result);
      setPreviewed(dryRun && result.kind === "done" ? result.result : null);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isPending) run(true);
  }

  const canApply = previewed !== null && previewed.changes.length > 0 && !isPending;
  return (
    <>
      <form className="form" onSubmit={onSubmit} aria-busy={isPending}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("file")}</label>
          <input id={`${id}-file`} name="file" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={onFile} aria-describedby={`${id}-hint`} />
        </div>
        <p id={`${id}-hint`} className="field-hint">
          {t("fileHint")}
        </p>
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={isPending}>
            {isPending && action === "preview" ? t("previewing") : t("preview")}
          </button>
          <button type="button" className="button-primary" disabled={!canApply} onClick={() => run(false)}>
            {isPending && action === "apply" ? t("applying") : previewed ? t("apply", { count: previewed.changes.length }) : t("applyAfterPreview")}
          </button>
        </div>
      </form>
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} locale={locale} period={period} /> : null}</div>
    </>
  );
}

function Outcome({ outcome, locale, period }: { outcome: TImportOutcome; locale: TLocale; period: string }) {
  const t = useTranslations("Import");
  if (outcome.kind === "network") return <p className="form-error" role="alert">{t("network")}</p>;
  if (outcome.kind === "failed") return <p className="form-error" role="alert">{t("failed", { message: outcome.message })}</p>;
  if (outcome.kind === "rows") {
    return (
      <section className="import-result" aria-labelledby="import-errors-title" data-testid="import-errors">
        <h3 id="import-errors-title">{t("errorsTitle")}</h3>
        <p className="form-error" role="alert">
          {outcome.message}
        </p>
        <p className="dash-note">{t("errorsNote")}</p>
        <div className="table-scroll">
          <table className="dash-table">
            <caption>{t("errorsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.row")}</th>
                <th scope="col">{t("col.column")}</th>
                <th scope="col">{t("col.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.rows.map((r, i) => (
                <tr key={`${r.row}-${r.column}-${i}`}>
                  <th scope="row" className="num">
                    {r.row}
                  </th>
                  <td>{r.column ?? t("wholeRow")}</td>
                  <td>
                    <Badge kind="error" label={t("kind.error")} /> {r.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  }
  const { result } = outcome;
  const count = result.changes.length;
  // One import is one month (rows of another month are errors).
  const month = formatPeriod(result.changes[0]?.period ?? period, locale);
  return (
    <section className="import-result" aria-labelledby="import-result-title" data-testid={result.dryRun ? "import-preview" : "import-applied"}>
      <h3 id="import-result-title">{result.dryRun ? t("previewTitle", { count, period: month }) : t("appliedTitle", { count: result.applied, period: month })}</h3>
      {count === 0 ? <p className="form-success">{t("nothingToDo")}</p> : null}
      {!result.dryRun && count > 0 ? <p className="form-success">{t("appliedNote")}</p> : null}
      {count > 0 ? <ChangesTable changes={result.changes} locale={locale} /> : null}
    </section>
  );
}

function Badge({ kind, label }: { kind: TKind | "error"; label: string }) {
  return (
    <span className={`status ${CLASSES[kind]}`}>
      <span className="status-shape" aria-hidden="true">
        {SHAPES[kind]}
      </span>
      {label}
    </span>
  );
}

function ChangesTable({ changes, locale }: { changes: TImportChange[]; locale: TLocale }) {
  const t = useTranslations("Import");
  const value = (v: number | null) => (v === null ? t("empty") : formatNumber(v, locale, 6));
  return (
    <div className="table-scroll">
      <table className="dash-table">
        <caption>{t("changesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.row")}</th>
            <th scope="col">{t("col.code")}</th>
            <th scope="col">{t("col.change")}</th>
            <th scope="col" className="num">
              {t("col.old")}
            </th>
            <th scope="col" className="num">
              {t("col.new")}
            </th>
            <th scope="col">{t("col.note")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const kind = kindOf(c);
            return (
              <tr key={c.row}>
                <th scope="row" className="num">
                  {c.row}
                </th>
                <td>
                  {locale === "en" ? c.nameEn : c.nameZh}
                  {c.unit ? ` · ${(locale === "en" ? c.unitNameEn : c.unitNameZh) ?? c.unit}` : ""}
                  <span className="cell-sub mono">{c.code}</span>
                </td>
                <td>
                  <Badge kind={kind} label={t(`kind.${kind}`)} />
                </td>
                <td className="num">{value(c.old)}</td>
                <td className="num">{value(c.new)}</td>
                <td>{c.newNote ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
