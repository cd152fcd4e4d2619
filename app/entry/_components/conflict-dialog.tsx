"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { TFigure } from "@/lib/contracts/figures";
import { formatDateTime, formatNumber } from "@/lib/format/number";

interface TProps {
  label: string;
  mine: number | null;
  current: TFigure | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** A stale edit (409): both values side by side, and the official chooses. */
export function ConflictDialog({ label, mine, current, onKeepMine, onTakeTheirs }: TProps) {
  const t = useTranslations("Entry");
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const show = (v: number | null | undefined) => (v == null ? t("blank") : formatNumber(v, locale, 6));
  const who = current?.author?.displayName ?? t("conflict.someone");
  return (
    <dialog ref={ref} className="entry-dialog conflict-dialog" aria-labelledby="conflict-title" onCancel={(event) => event.preventDefault()}>
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p className="dialog-sub">{label}</p>
      <p>{t("conflict.lead", { name: who })}</p>
      <dl className="conflict-values">
        <div>
          <dt>{t("conflict.mine")}</dt>
          <dd data-testid="conflict-mine">{show(mine)}</dd>
        </div>
        <div>
          <dt>{t("conflict.theirs", { when: current ? formatDateTime(current.updatedAt, locale) : "—" })}</dt>
          <dd data-testid="conflict-theirs">{show(current?.value)}</dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onKeepMine}>
          {t("conflict.keepMine")}
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </button>
      </div>
    </dialog>
  );
}
