"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ZAdminReason, type TAdminLock, type TAdminLockList } from "@/lib/contracts/admin";
import { ZPeriodLock } from "@/lib/contracts/figures";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { adminQueries } from "@/lib/client/admin/queries";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { formatDateTime } from "@/lib/format/datetime";
import { formatPeriod } from "@/lib/format/number";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";

interface TBureau {
  code: string;
  name: string;
}

interface TProps {
  year: number;
  initialLocks: TAdminLockList;
  departments: TBureau[];
}

interface TLockInput {
  action: "lock" | "unlock";
  period: string;
  department: string | null;
  reason: string;
}

function useLockMutation(year: number) {
  const locale = useLocale();
  return useAdminMutation(
    (input: TLockInput) =>
      adminRequest(`/api/v1/periods/${input.period}/${input.action}`, {
        locale,
        method: "POST",
        body: { reason: input.reason, ...(input.department ? { department: input.department } : {}) },
        schema: ZPeriodLock,
      }),
    [adminKeys.locks(year)],
  );
}

function reasonIssue(reason: string, locale: "zh-CN" | "en"): string | null {
  const parsed = ZAdminReason.safeParse(reason);
  return parsed.success ? null : translateValidation(parsed.error.issues[0]!.message, locale);
}

/** Close a month for every bureau or one; reopen an open lock with a reason. The lock rows stay. */
export function LocksPanel({ year, initialLocks, departments }: TProps) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const id = useId();
  const { data } = useQuery({ ...adminQueries.locks(locale, year), initialData: initialLocks });
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const [form, setForm] = useState({ period: months[0]!, department: "", reason: "" });
  const [issue, setIssue] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useLockMutation(year);
  const bureauName = (code: string | null) => (code ? (departments.find((d) => d.code === code)?.name ?? code) : t("locks.allBureaus"));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const problem = reasonIssue(form.reason, locale);
    setIssue(problem ? `${t("locks.field.reason")}：${problem}` : null);
    if (problem) return;
    mutation.mutate(
      { action: "lock", period: form.period, department: form.department || null, reason: form.reason },
      {
        onSuccess: () => {
          setDone(t("locks.locked", { period: formatPeriod(form.period, locale), scope: bureauName(form.department || null) }));
          setForm((f) => ({ ...f, reason: "" }));
        },
      },
    );
  }

  return (
    <>
      <section className="dash-section" aria-labelledby="lock-title">
        <h2 id="lock-title">{t("locks.lockTitle")}</h2>
        <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="lock-form">
          <label className={styles.field} htmlFor={`${id}-period`}>
            <span>{t("locks.field.period")}</span>
            <select id={`${id}-period`} name="period" value={form.period} onChange={(e) => setForm((f) => ({ ...f, period: e.target.value }))}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {formatPeriod(m, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field} htmlFor={`${id}-department`}>
            <span>{t("locks.field.scope")}</span>
            <select id={`${id}-department`} name="department" value={form.department} onChange={(e) => setForm((f) => ({ ...f, department: e.target.value }))}>
              <option value="">{t("locks.allBureaus")}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className={`${styles.field} ${styles.wide}`} htmlFor={`${id}-reason`}>
            <span>{t("locks.field.reason")}</span>
            <input id={`${id}-reason`} name="reason" autoComplete="off" value={form.reason} aria-invalid={issue ? true : undefined} onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))} />
          </label>
          <div>
            <button type="submit" className="button-primary" disabled={mutation.isPending}>
              {t("locks.lock")}
            </button>
          </div>
          <FormStatus error={issue ?? mutation.error} success={done} />
        </form>
      </section>
      <section className="dash-section" aria-labelledby="locks-title">
        <h2 id="locks-title">{t("locks.listTitle", { year })}</h2>
        {data.locks.length === 0 ? (
          <p className="muted">{t("locks.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className={`dash-table ${styles.stack}`} data-testid="locks-table">
              <thead>
                <tr>
                  <th scope="col">{t("locks.col.period")}</th>
                  <th scope="col">{t("locks.col.scope")}</th>
                  <th scope="col">{t("locks.col.state")}</th>
                  <th scope="col">{t("locks.col.locked")}</th>
                  <th scope="col">{t("locks.col.unlocked")}</th>
                </tr>
              </thead>
              <tbody>
                {data.locks.map((lock) => (
                  <LockRow key={lock.id} lock={lock} year={year} scope={bureauName(lock.department)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function LockRow({ lock, year, scope }: { lock: TAdminLock; year: number; scope: string }) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const id = useId();
  const [reason, setReason] = useState("");
  const [issue, setIssue] = useState<string | null>(null);
  const mutation = useLockMutation(year);
  const isOpen = lock.unlockedAt === null;

  function onUnlock(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = reasonIssue(reason, locale);
    setIssue(problem);
    if (!problem) mutation.mutate({ action: "unlock", period: lock.period, department: lock.department, reason });
  }

  return (
    <tr data-period={lock.period} data-open={isOpen ? "true" : "false"}>
      <th scope="row" data-label={t("locks.col.period")}>
        {formatPeriod(lock.period, locale)}
      </th>
      <td data-label={t("locks.col.scope")}>{scope}</td>
      <td data-label={t("locks.col.state")}>
        {isOpen ? (
          <span className={`${styles.state} ${styles.stateBad}`}>■ {t("locks.state.locked")}</span>
        ) : (
          <span className={`${styles.state} ${styles.stateOk}`}>○ {t("locks.state.unlocked")}</span>
        )}
      </td>
      <td data-label={t("locks.col.locked")}>
        {lock.reason}
        <span className="cell-sub">
          {lock.lockedBy ?? "—"} · {formatDateTime(lock.lockedAt, locale)}
        </span>
      </td>
      <td data-label={t("locks.col.unlocked")}>
        {isOpen ? (
          <form className={styles.inline} onSubmit={onUnlock} noValidate>
            <label htmlFor={`${id}-reason`}>
              {t("locks.field.unlockReason")}
              <input id={`${id}-reason`} value={reason} autoComplete="off" aria-invalid={issue ? true : undefined} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" className="button-secondary" disabled={mutation.isPending}>
              {t("locks.unlock")}
            </button>
            <FormStatus error={issue ?? mutation.error} />
          </form>
        ) : (
          <>
            {lock.unlockReason}
            <span className="cell-sub">
              {lock.unlockedBy ?? "—"} · {formatDateTime(lock.unlockedAt!, locale)}
            </span>
          </>
        )}
      </td>
    </tr>
  );
}
