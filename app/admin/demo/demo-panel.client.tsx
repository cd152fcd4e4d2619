"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ZDemoRemoval, ZDemoRemoveBody, type TDemoRemoval, type TDemoStatus } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { adminQueries } from "@/lib/client/admin/queries";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { formatNumber } from "@/lib/format/number";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";

/** What demo data is left, and its removal after the admin types the confirmation phrase. */
export function DemoPanel({ initialStatus }: { initialStatus: TDemoStatus }) {
  const t = useTranslations("Admin.demo");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const { data } = useQuery({ ...adminQueries.demo(locale), initialData: initialStatus });
  const [confirm, setConfirm] = useState("");
  const [issue, setIssue] = useState<string | null>(null);
  const [removed, setRemoved] = useState<TDemoRemoval | null>(null);
  const mutation = useAdminMutation((body: unknown) => adminRequest("/api/v1/admin/demo/remove", { locale, method: "POST", body, schema: ZDemoRemoval }), [adminKeys.all]);
  const isEmpty = data.figures === 0 && data.milestones === 0 && data.logins === 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZDemoRemoveBody.safeParse({ confirm });
    if (!parsed.success) {
      setIssue(translateValidation(parsed.error.issues[0]!.message, locale));
      return;
    }
    setIssue(null);
    mutation.mutate(parsed.data, {
      onSuccess: (result) => {
        setRemoved(result);
        setConfirm("");
        // The header's 演示数据 badge and every page's demo notice go with the data.
        router.refresh();
      },
    });
  }

  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className={`dash-section ${styles.danger}`} aria-labelledby="demo-title">
      <h2 id="demo-title">{t("statusTitle")}</h2>
      <dl className={`details ${styles.demoStatus}`} data-testid="demo-status">
        <dt>{t("figures")}</dt>
        <dd>{n(data.figures)}</dd>
        <dt>{t("milestones")}</dt>
        <dd>{n(data.milestones)}</dd>
        <dt>{t("logins")}</dt>
        <dd>{n(data.logins)}</dd>
      </dl>
      {removed ? (
        <p className="form-success" role="status">
          {t("removed", { figures: n(removed.figures), revisions: n(removed.revisions), milestones: n(removed.milestones), logins: n(removed.logins) })}
        </p>
      ) : null}
      {isEmpty ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <p className={`notice ${styles.wide}`}>{t("warning")}</p>
          <label className={`${styles.field} ${styles.wide}`} htmlFor={`${id}-confirm`}>
            <span>{t("confirmLabel")}</span>
            <input id={`${id}-confirm`} autoComplete="off" value={confirm} aria-invalid={issue ? true : undefined} onChange={(e) => setConfirm(e.target.value)} />
          </label>
          <div>
            <button type="submit" className="button-primary" disabled={mutation.isPending}>
              {t("remove")}
            </button>
          </div>
          <FormStatus error={issue ?? mutation.error} />
        </form>
      )}
    </section>
  );
}
