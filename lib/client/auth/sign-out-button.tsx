"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOut } from "./auth-api";

/** Ends this session and lands on the sign-in page, which confirms it. */
export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("SignOut");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [hasFailed, setHasFailed] = useState(false);

  function onClick() {
    setHasFailed(false);
    startTransition(async () => {
      if (await signOut()) router.replace("/sign-in?signedOut=1");
      else setHasFailed(true);
    });
  }

  return (
    <>
      <button type="button" className={className} onClick={onClick} disabled={isPending}>
        {isPending ? t("pending") : t("button")}
      </button>
      {hasFailed ? (
        <span className="inline-error" role="alert">
          {t("failed")}
        </span>
      ) : null}
    </>
  );
}
