"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { signIn } from "./auth-api";
import type { TSignInError } from "./auth-errors";
import { passwordChangePath } from "./paths";

type TFormError = TSignInError | { kind: "missing" };

/**
 * Login and password. Values stay in the fields after a failure; the message is announced and
 * focus returns to the field to correct. After signing in: the forced password change when the
 * account still has its one-time password, else `next` (already checked by the page) or /account.
 */
export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations("SignIn");
  const router = useRouter();
  const id = useId();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<TFormError | null>(null);
  const [isPending, startTransition] = useTransition();
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    if (!login.trim() || !password) {
      setError({ kind: "missing" });
      (login.trim() ? passwordRef : loginRef).current?.focus();
      return;
    }
    startTransition(async () => {
      const result = await signIn(login, password);
      if (!result.ok) {
        setError(result.error);
        (result.error.kind === "invalid" ? passwordRef : loginRef).current?.focus();
        return;
      }
      setError(null);
      router.replace(result.mustChangePassword ? passwordChangePath(next) : (next ?? "/account"));
    });
  }

  const errorId = `${id}-error`;
  const message = error ? (error.kind === "throttled" ? t("errors.throttled", { minutes: error.minutes }) : t(`errors.${error.kind}`)) : null;
  const describedBy = message ? errorId : undefined;
  const isMissing = error?.kind === "missing";

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isPending}>
      <p id={errorId} className="form-error" role="alert" hidden={!message}>
        {message}
      </p>
      <div className="field">
        <label htmlFor={`${id}-login`}>{t("login")}</label>
        <input
          ref={loginRef}
          id={`${id}-login`}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          aria-invalid={isMissing && !login.trim() ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={isMissing && !password ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <button className="button-primary" type="submit" disabled={isPending}>
        {isPending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
