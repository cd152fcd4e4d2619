"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ZAdminUser, ZOneTimePassword, ZRevokedSessions, type TAdminUser, type TOneTimePassword, type TRole } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";
import type { TBureauOption } from "./users-panel.client";

type TAction = "role" | "disable" | "enable" | "reset" | "revoke";

interface TProps {
  user: TAdminUser;
  departments: TBureauOption[];
  onReset: (result: TOneTimePassword) => void;
}

/** One login's changes: role and bureau; with a reason, disable or enable, reset the password, end its sessions. */
export function UserActions({ user, departments, onReset }: TProps) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const id = useId();
  const [role, setRole] = useState<TRole>(user.role);
  const [department, setDepartment] = useState(user.department ?? departments[0]?.code ?? "");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/v1/admin/users/${encodeURIComponent(user.login)}`;
  const mutation = useAdminMutation(async (action: TAction): Promise<string> => {
    const body = { reason };
    if (action === "role") {
      await adminRequest(base, { locale, method: "PATCH", body: { role, department: role === "official" ? department : null }, schema: ZAdminUser });
      return t("users.done.role");
    }
    if (action === "disable" || action === "enable") {
      await adminRequest(`${base}/status`, { locale, method: "POST", body: { disabled: action === "disable", reason }, schema: ZAdminUser });
      return t(action === "disable" ? "users.done.disabled" : "users.done.enabled");
    }
    if (action === "reset") {
      onReset(await adminRequest(`${base}/password`, { locale, method: "POST", body, schema: ZOneTimePassword }));
      return t("users.done.reset");
    }
    const { revoked } = await adminRequest(`${base}/revoke-sessions`, { locale, method: "POST", body, schema: ZRevokedSessions });
    return t("users.done.revoked", { count: revoked });
  }, [adminKeys.users()]);

  function run(action: TAction) {
    setDone(null);
    mutation.mutate(action, {
      onSuccess: (message) => {
        setDone(message);
        if (action !== "role") setReason("");
      },
    });
  }

  function onRoleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run("role");
  }

  return (
    <details className={styles.manage}>
      <summary>{t("users.manage", { login: user.login })}</summary>
      <div className={styles.manageBody}>
        <form className={styles.inline} onSubmit={onRoleSubmit}>
          <label htmlFor={`${id}-role`}>
            {t("users.field.role")}
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as TRole)}>
              {(["official", "leader", "admin"] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {role === "official" ? (
            <label htmlFor={`${id}-department`}>
              {t("users.field.department")}
              <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
                {departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" className="button-secondary" disabled={mutation.isPending}>
            {t("users.saveRole")}
          </button>
        </form>
        <div className={styles.inline}>
          <label htmlFor={`${id}-reason`}>
            {t("users.field.reason")}
            <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          </label>
        </div>
        <div className={styles.inline}>
          <button type="button" className="button-secondary" disabled={mutation.isPending} onClick={() => run(user.disabled ? "enable" : "disable")}>
            {t(user.disabled ? "users.enable" : "users.disable")}
          </button>
          <button type="button" className="button-secondary" disabled={mutation.isPending} onClick={() => run("reset")}>
            {t("users.reset")}
          </button>
          <button type="button" className="button-secondary" disabled={mutation.isPending} onClick={() => run("revoke")}>
            {t("users.revoke")}
          </button>
        </div>
        <FormStatus error={mutation.error} success={done} />
      </div>
    </details>
  );
}
