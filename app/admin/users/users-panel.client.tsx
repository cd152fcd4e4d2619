"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { TAdminUser, TAdminUserList, TOneTimePassword } from "@/lib/contracts/admin";
import { adminQueries } from "@/lib/client/admin/queries";
import { OneTimeSecret } from "../_components/one-time-secret.client";
import styles from "../_components/admin.module.css";
import { CreateUserForm } from "./create-user-form.client";
import { UserActions } from "./user-actions.client";

export interface TBureauOption {
  code: string;
  name: string;
}

interface TProps {
  initialUsers: TAdminUserList;
  departments: TBureauOption[];
  selfId: number;
}

function UserState({ user }: { user: TAdminUser }) {
  const t = useTranslations("Admin.users");
  if (user.disabled) return <span className={`${styles.state} ${styles.stateOff}`}>■ {t("state.disabled")}</span>;
  if (user.mustChangePassword) return <span className={`${styles.state} ${styles.stateWarn}`}>▲ {t("state.pending")}</span>;
  return <span className={`${styles.state} ${styles.stateOk}`}>● {t("state.active")}</span>;
}

/** The logins with their role, bureau and state; create one, and manage each. */
export function UsersPanel({ initialUsers, departments, selfId }: TProps) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const { data } = useQuery({ ...adminQueries.users(locale), initialData: initialUsers });
  const [secret, setSecret] = useState<{ kind: "created" | "reset"; result: TOneTimePassword } | null>(null);
  const bureauName = new Map(departments.map((d) => [d.code, d.name]));
  return (
    <>
      <section className="dash-section" aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t("users.createTitle")}</h2>
        <CreateUserForm departments={departments} onCreated={(result) => setSecret({ kind: "created", result })} />
      </section>
      {secret ? (
        <OneTimeSecret
          label={t(secret.kind === "created" ? "users.createdSecret" : "users.resetSecret", { login: secret.result.user.login })}
          secret={secret.result.password}
          note={t("users.secretNote")}
          onDismiss={() => setSecret(null)}
        />
      ) : null}
      <section className="dash-section" aria-labelledby="users-title">
        <h2 id="users-title">{t("users.listTitle", { count: data.users.length })}</h2>
        <div className="table-scroll">
          <table className={`dash-table ${styles.stack}`} data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t("users.col.login")}</th>
                <th scope="col">{t("users.col.name")}</th>
                <th scope="col">{t("users.col.role")}</th>
                <th scope="col">{t("users.col.bureau")}</th>
                <th scope="col">{t("users.col.state")}</th>
                <th scope="col" className="num">
                  {t("users.col.sessions")}
                </th>
                <th scope="col">{t("users.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((user) => (
                <tr key={user.id} data-login={user.login}>
                  <th scope="row" className="mono" data-label={t("users.col.login")}>
                    {user.login}
                    {user.isDemo ? <span className="cell-sub">{t("users.demo")}</span> : null}
                  </th>
                  <td data-label={t("users.col.name")}>{user.displayName}</td>
                  <td data-label={t("users.col.role")}>{t(`roles.${user.role}`)}</td>
                  <td data-label={t("users.col.bureau")}>{user.department ? (bureauName.get(user.department) ?? user.department) : <span className="muted">—</span>}</td>
                  <td data-label={t("users.col.state")}>
                    <UserState user={user} />
                  </td>
                  <td className="num" data-label={t("users.col.sessions")}>
                    {user.openSessions}
                  </td>
                  <td data-label={t("users.col.actions")}>
                    {user.id === selfId ? (
                      <span className="muted">{t("users.self")}</span>
                    ) : (
                      <UserActions user={user} departments={departments} onReset={(result) => setSecret({ kind: "reset", result })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
