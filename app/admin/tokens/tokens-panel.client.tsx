"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ZAdminToken, ZCreatedToken, ZCreateTokenBody, type TAdminToken, type TAdminTokenList, type TCreatedToken } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { adminQueries } from "@/lib/client/admin/queries";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { formatDateTime } from "@/lib/format/datetime";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import { OneTimeSecret } from "../_components/one-time-secret.client";
import styles from "../_components/admin.module.css";

type TState = "active" | "expired" | "revoked";

function stateOf(token: TAdminToken, now: number): TState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}

const STATE_LOOK: Record<TState, { className: string; shape: string }> = {
  active: { className: styles.stateOk!, shape: "●" },
  expired: { className: styles.stateWarn!, shape: "▲" },
  revoked: { className: styles.stateOff!, shape: "■" },
};

/** Every API token (prefix, owner, expiry, last use); create one for a login (shown once) or revoke one. */
export function TokensPanel({ initialTokens, logins }: { initialTokens: TAdminTokenList; logins: string[] }) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const id = useId();
  const { data, dataUpdatedAt } = useQuery({ ...adminQueries.tokens(locale), initialData: initialTokens });
  const [form, setForm] = useState({ login: logins[0] ?? "", name: "", expiresInDays: "90" });
  const [issue, setIssue] = useState<string | null>(null);
  const [created, setCreated] = useState<TCreatedToken | null>(null);
  const create = useAdminMutation((body: unknown) => adminRequest("/api/v1/admin/tokens", { locale, method: "POST", body, schema: ZCreatedToken }), [adminKeys.tokens()]);
  const revoke = useAdminMutation((tokenId: number) => adminRequest(`/api/v1/admin/tokens/${tokenId}/revoke`, { locale, method: "POST", schema: ZAdminToken }), [adminKeys.tokens()]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateTokenBody.safeParse({ login: form.login, name: form.name, expiresInDays: Number(form.expiresInDays) });
    if (!parsed.success) {
      setIssue(parsed.error.issues.map((i) => `${t(`tokens.field.${i.path[0] === "expiresInDays" ? "expires" : i.path[0] === "name" ? "name" : "login"}`)}：${translateValidation(i.message, locale)}`).join("；"));
      return;
    }
    setIssue(null);
    create.mutate(parsed.data, {
      onSuccess: (result) => {
        setCreated(result);
        setForm((f) => ({ ...f, name: "" }));
      },
    });
  }

  return (
    <>
      <section className="dash-section" aria-labelledby="token-create-title">
        <h2 id="token-create-title">{t("tokens.createTitle")}</h2>
        <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="token-form">
          <label className={styles.field} htmlFor={`${id}-login`}>
            <span>{t("tokens.field.login")}</span>
            <select id={`${id}-login`} value={form.login} onChange={(e) => setForm((f) => ({ ...f, login: e.target.value }))}>
              {logins.map((login) => (
                <option key={login} value={login}>
                  {login}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field} htmlFor={`${id}-name`}>
            <span>{t("tokens.field.name")}</span>
            <input id={`${id}-name`} autoComplete="off" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
          </label>
          <label className={styles.field} htmlFor={`${id}-days`}>
            <span>{t("tokens.field.expires")}</span>
            <input id={`${id}-days`} type="number" inputMode="numeric" min={1} max={366} value={form.expiresInDays} onChange={(e) => setForm((f) => ({ ...f, expiresInDays: e.target.value }))} />
          </label>
          <div>
            <button type="submit" className="button-primary" disabled={create.isPending}>
              {t("tokens.create")}
            </button>
          </div>
          <FormStatus error={issue ?? create.error} />
        </form>
      </section>
      {created ? (
        <OneTimeSecret label={t("tokens.createdSecret", { login: created.info.login, id: created.info.id })} secret={created.token} note={t("tokens.secretNote")} onDismiss={() => setCreated(null)} />
      ) : null}
      <section className="dash-section" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("tokens.listTitle", { count: data.tokens.length })}</h2>
        <FormStatus error={revoke.error} />
        {data.tokens.length === 0 ? (
          <p className="muted">{t("tokens.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className={`dash-table ${styles.stack}`} data-testid="tokens-table">
              <thead>
                <tr>
                  <th scope="col">{t("tokens.col.token")}</th>
                  <th scope="col">{t("tokens.col.login")}</th>
                  <th scope="col">{t("tokens.col.state")}</th>
                  <th scope="col">{t("tokens.col.expires")}</th>
                  <th scope="col">{t("tokens.col.lastUsed")}</th>
                  <th scope="col">{t("tokens.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {data.tokens.map((token) => {
                  const state = stateOf(token, dataUpdatedAt);
                  return (
                    <tr key={token.id} data-token={token.id}>
                      <th scope="row" data-label={t("tokens.col.token")}>
                        <span className="mono">
                          #{token.id} {token.prefix}…
                        </span>
                        <span className="cell-sub">{token.name}</span>
                      </th>
                      <td className="mono" data-label={t("tokens.col.login")}>
                        {token.login}
                      </td>
                      <td data-label={t("tokens.col.state")}>
                        <span className={`${styles.state} ${STATE_LOOK[state].className}`}>
                          {STATE_LOOK[state].shape} {t(`tokens.state.${state}`)}
                        </span>
                      </td>
                      <td data-label={t("tokens.col.expires")}>{token.expiresAt ? formatDateTime(token.expiresAt, locale) : t("tokens.never")}</td>
                      <td data-label={t("tokens.col.lastUsed")}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("tokens.neverUsed")}</td>
                      <td>
                        {state === "revoked" ? null : (
                          <button type="button" className="button-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)} aria-label={t("tokens.revokeLabel", { id: token.id })}>
                            {t("tokens.revoke")}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
