"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent, type RefObject } from "react";
import { changePassword } from "./auth-api";
import type { TPasswordChangeError } from "./auth-errors";

type TFormError = TPasswordChangeError | { kind: "missing" } | { kind: "mismatch" } | { kind: "same" };
type TField = "current" | "new" | "repeat";

const FIELD_OF_ERROR: Partial<Record<TFormError["kind"], TField>> = {
  wrongCurrent: "current",
  tooShort: "new",
  tooLong: "new",
  same: "new",
  mismatch: "repeat",
};

interface TProps {
  /** For password managers: the account whose password this is. */
  login: string;
  minLength: number;
  /** Where "continue" leads after the change (a checked `next`, else /account). */
  continueHref: string;
}

/** Current, new and repeated password; every other session ends when the change succeeds. */
export function ChangePasswordForm({ login, minLength, continueHref }: TProps) {
  const t = useTranslations("Password");
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<Record<TField, string>>({ current: "", new: "", repeat: "" });
  const [error, setError] = useState<TFormError | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isPending, startTransition] = useTransition();
  const refs: Record<TField, RefObject<HTMLInputElement | null>> = { current: useRef(null), new: useRef(null), repeat: useRef(null) };

  function fail(next: TFormError, field?: TField) {
    setError(next);
    const target = field ?? FIELD_OF_ERROR[next.kind];
    if (target) refs[target].current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsDone(false);
    const empty = (["current", "new", "repeat"] as const).find((f) => values[f] === "");
    if (empty) return fail({ kind: "missing" }, empty);
    if (values.new.length < minLength) return fail({ kind: "tooShort" });
    if (values.new === values.current) return fail({ kind: "same" });
    if (values.new !== values.repeat) return fail({ kind: "mismatch" });
    startTransition(async () => {
      const result = await changePassword(values.current, values.new);
      if (!result.ok) return fail(result.error);
      setError(null);
      setValues({ current: "", new: "", repeat: "" });
      setIsDone(true);
      router.refresh();
    });
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const message = error ? (error.kind === "tooShort" ? t("errors.tooShort", { min: minLength }) : t(`errors.${error.kind}`)) : null;
  const invalidField = error ? (error.kind === "missing" ? null : FIELD_OF_ERROR[error.kind]) : null;

  const input = (field: TField, label: string, autoComplete: string, describedBy?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        ref={refs[field]}
        id={`${id}-${field}`}
        name={`${field}-password`}
        type="password"
        autoComplete={autoComplete}
        required
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        aria-invalid={invalidField === field || (error?.kind === "missing" && values[field] === "") ? true : undefined}
        aria-describedby={[message ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isPending}>
      <p id={errorId} className="form-error" role="alert" hidden={!message}>
        {message}
      </p>
      <div className="form-success" role="status" hidden={!isDone}>
        {isDone ? (
          <>
            <p>{t("success")}</p>
            <Link href={continueHref}>{continueHref === "/account" ? t("back") : t("continue")}</Link>
          </>
        ) : null}
      </div>
      <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
      {input("current", t("current"), "current-password")}
      {input("new", t("new"), "new-password", hintId)}
      <p id={hintId} className="field-hint">
        {t("hint", { min: minLength })}
      </p>
      {input("repeat", t("repeat"), "new-password")}
      <button className="button-primary" type="submit" disabled={isPending}>
        {isPending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
