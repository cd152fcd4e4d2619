"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { REASON_MAX } from "@/lib/contracts/figures";

interface TProps {
  open: boolean;
  title: string;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** A modal asking why (native <dialog>: focus moves in and back, Esc cancels). */
export function ReasonDialog({ open, title, isPending, onCancel, onConfirm }: TProps) {
  const t = useTranslations("Review");
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [isMissing, setIsMissing] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const trimmed = reason.trim();
    setIsMissing(trimmed === "");
    if (trimmed !== "") onConfirm(trimmed);
  }

  const message = isMissing ? t("dialog.required") : null;
  return (
    <dialog
      ref={ref}
      className="reason-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-hint`} className="dialog-hint">
          {t("dialog.hint")}
        </p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("dialog.reason")}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={4}
            maxLength={REASON_MAX}
            required
            value={reason}
            aria-invalid={isMissing ? true : undefined}
            aria-describedby={message ? `${id}-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {message ? (
          <p id={`${id}-error`} className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={isPending}>
            {isPending ? t("dialog.pending") : t("dialog.confirm")}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t("dialog.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
