"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ZCreateUserBody, ZOneTimePassword, type TOneTimePassword, type TRole } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";
import type { TBureauOption } from "./users-panel.client";

const ROLES: TRole[] = ["official", "leader", "admin"];

/** Login, role, bureau (officials only) and an optional display name; checked by the route's own schema before it is sent. */
export function CreateUserForm({ departments, onCreated }: { departments: TBureauOption[]; onCreated: (result: TOneTimePassword) => void }) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const id = useId();
  const [values, setValues] = useState({ login: "", role: "official" as TRole, department: departments[0]?.code ?? "", displayName: "" });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const mutation = useAdminMutation(
    (body: unknown) => adminRequest("/api/v1/admin/users", { locale, method: "POST", body, schema: ZOneTimePassword }),
    [adminKeys.users()],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      login: values.login,
      role: values.role,
      ...(values.role === "official" ? { department: values.department } : {}),
      ...(values.displayName.trim() ? { displayName: values.displayName } : {}),
    };
    const parsed = ZCreateUserBody.safeParse(body);
    if (!parsed.success) {
      setIssues(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), translateValidation(i.message, locale)])));
      return;
    }
    setIssues({});
    mutation.mutate(parsed.data, {
      onSuccess: (result) => {
        setValues((v) => ({ ...v, login: "", displayName: "" }));
        onCreated(result);
      },
    });
  }

  const issueText = Object.entries(issues)
    .map(([field, message]) => `${t(`users.field.${field === "department" ? "department" : field === "displayName" ? "displayName" : "login"}`)}：${message}`)
    .join("；");
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-busy={mutation.isPending} data-testid="create-user-form">
      <label className={styles.field} htmlFor={`${id}-login`}>
        <span>{t("users.field.login")}</span>
        <input
          id={`${id}-login`}
          name="login"
          autoComplete="off"
          value={values.login}
          aria-invalid={issues.login ? true : undefined}
          aria-describedby={`${id}-login-hint`}
          onChange={(e) => setValues((v) => ({ ...v, login: e.target.value }))}
        />
      </label>
      <label className={styles.field} htmlFor={`${id}-role`}>
        <span>{t("users.field.role")}</span>
        <select id={`${id}-role`} name="role" value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as TRole }))}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      {values.role === "official" ? (
        <label className={styles.field} htmlFor={`${id}-department`}>
          <span>{t("users.field.department")}</span>
          <select id={`${id}-department`} name="department" value={values.department} onChange={(e) => setValues((v) => ({ ...v, department: e.target.value }))}>
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className={styles.field} htmlFor={`${id}-name`}>
        <span>{t("users.field.displayName")}</span>
        <input id={`${id}-name`} name="displayName" autoComplete="off" value={values.displayName} onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))} />
      </label>
      <div>
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t("users.create")}
        </button>
      </div>
      <p id={`${id}-login-hint`} className={`${styles.hint} ${styles.wide}`}>
        {t("users.loginHint")}
      </p>
      <FormStatus error={issueText || mutation.error} />
    </form>
  );
}
