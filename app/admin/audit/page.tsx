import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ZAuditQuery, type TAuditQuery } from "@/lib/contracts/admin";
import { formatDateTime } from "@/lib/format/datetime";
import { translateValidation } from "@/lib/i18n/validation";
import { listUsers } from "@/lib/server/accounts/users";
import { listAuditLog } from "@/lib/server/admin/audit";
import { listDepartments } from "@/lib/server/admin/departments";
import { listTargets } from "@/lib/server/admin/targets";
import { loadAdminPage, type TSearchParams } from "../_components/admin-page";
import { AdminShell } from "../_components/admin-shell";
import styles from "../_components/admin.module.css";
import { actionKey } from "./action-label";

export const dynamic = "force-dynamic";

const FILTERS = ["actor", "department", "indicator", "from", "to"] as const;
const LABELLED = [...FILTERS, "cursor", "limit"] as const;
const ENTITY_TYPES = ["user", "api_token", "period_lock", "department", "target", "figure", "task_milestone", "database"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: `${t("audit.title")} · ${t("title")}` };
}

function hrefWith(query: Partial<TAuditQuery>, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (query[key]) params.set(key, query[key]!);
  if (cursor) params.set("cursor", cursor);
  const text = params.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 1);
}

/** The audit log, newest first, filtered by a plain GET form (shareable, works without script), paged by cursor. */
export default async function AdminAuditPage({ searchParams }: { searchParams: TSearchParams }) {
  const search = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  const path = hrefWith(search);
  const ctx = await loadAdminPage(path, { allowLeader: true });
  const { t, locale, db } = ctx;
  const parsed = ZAuditQuery.safeParse(search);
  const [users, departments, targets, page] = await Promise.all([
    listUsers(db),
    listDepartments(db),
    listTargets(db, 2020),
    parsed.success ? listAuditLog(db, parsed.data) : Promise.resolve(null),
  ]);
  const query = parsed.success ? parsed.data : ({} as Partial<TAuditQuery>);
  const fieldOf = (key: unknown) => (LABELLED.find((f) => f === key) ?? "other") satisfies (typeof LABELLED)[number] | "other";
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${t(`audit.filter.${fieldOf(i.path[0])}`)}：${translateValidation(i.message, locale)}`);
  const bureauName = new Map(departments.map((d) => [d.code, locale === "en" ? d.nameEn : d.nameZh]));
  const actionName = (action: string) => {
    const key = actionKey(action);
    return key ? t(`audit.actions.${key}`) : action;
  };
  const entityName = (type: string) => {
    const key = ENTITY_TYPES.find((e) => e === type);
    return key ? t(`audit.entity.${key}`) : type;
  };
  return (
    <AdminShell ctx={ctx} tab="audit" title={t("audit.title")} lead={t(ctx.isAdmin ? "audit.lead" : "audit.leadLeader")}>
      <section className="dash-section" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">{t("audit.filterTitle")}</h2>
        <form className={styles.form} method="get" action="/admin/audit" data-testid="audit-filter">
          <label className={styles.field}>
            <span>{t("audit.filter.actor")}</span>
            <select name="actor" defaultValue={search.actor ?? ""}>
              <option value="">{t("audit.any")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.login}>
                  {u.displayName === u.login ? u.login : `${u.login} · ${u.displayName}`}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            <span>{t("audit.filter.department")}</span>
            <select name="department" defaultValue={search.department ?? ""}>
              <option value="">{t("audit.any")}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {bureauName.get(d.code)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            <span>{t("audit.filter.indicator")}</span>
            <select name="indicator" defaultValue={search.indicator ?? ""}>
              <option value="">{t("audit.any")}</option>
              {targets.map((target) => (
                <option key={target.code} value={target.code}>
                  {locale === "en" ? target.nameEn : target.nameZh}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            <span>{t("audit.filter.from")}</span>
            <input type="date" name="from" defaultValue={search.from ?? ""} />
          </label>
          <label className={styles.field}>
            <span>{t("audit.filter.to")}</span>
            <input type="date" name="to" defaultValue={search.to ?? ""} />
          </label>
          <div className="actions">
            <button type="submit" className="button-primary">
              {t("audit.apply")}
            </button>
            <Link href="/admin/audit" className="button-secondary">
              {t("audit.clear")}
            </Link>
          </div>
          {issues.length > 0 ? (
            <p className="form-error" role="alert">
              {issues.join("；")}
            </p>
          ) : null}
        </form>
      </section>
      {page ? (
        <section className="dash-section" aria-labelledby="audit-list-title">
          <h2 id="audit-list-title">{t(query.cursor ? "audit.olderTitle" : "audit.listTitle")}</h2>
          {page.entries.length === 0 ? (
            <p className="muted">{t("audit.none")}</p>
          ) : (
            <div className="table-scroll">
              <table className={`dash-table ${styles.stack}`} data-testid="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t("audit.col.at")}</th>
                    <th scope="col">{t("audit.col.actor")}</th>
                    <th scope="col">{t("audit.col.action")}</th>
                    <th scope="col">{t("audit.col.entity")}</th>
                    <th scope="col">{t("audit.col.reason")}</th>
                    <th scope="col">{t("audit.col.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.entries.map((entry) => (
                    <tr key={entry.id} data-action={entry.action} data-actor={entry.actor?.login ?? entry.actorLabel ?? ""}>
                      <td data-label={t("audit.col.at")}>
                        {formatDateTime(entry.at, locale)}
                        <span className="cell-sub">#{entry.id}</span>
                      </td>
                      <th scope="row" data-label={t("audit.col.actor")}>
                        {entry.actor ? <span className="mono">{entry.actor.login}</span> : <span className="mono">{entry.actorLabel ?? "—"}</span>}
                        <span className="cell-sub">{entry.via === "token" ? t("audit.via.token", { id: entry.tokenId ?? 0 }) : t(`audit.via.${entry.via}`)}</span>
                      </th>
                      <td data-label={t("audit.col.action")}>
                        {actionName(entry.action)}
                        {entry.department ? <span className="cell-sub">{bureauName.get(entry.department) ?? entry.department}</span> : null}
                      </td>
                      <td data-label={t("audit.col.entity")}>
                        {entityName(entry.entityType)} <span className="mono">{entry.entityLabel ?? entry.entityId}</span>
                      </td>
                      <td data-label={t("audit.col.reason")}>{entry.reason ?? <span className="muted">—</span>}</td>
                      <td data-label={t("audit.col.change")}>
                        {entry.before === null && entry.after === null ? (
                          <span className="muted">—</span>
                        ) : (
                          <details>
                            <summary>{t("audit.showChange")}</summary>
                            {entry.before !== null ? <pre className={styles.json}>{`${t("audit.before")}: ${json(entry.before)}`}</pre> : null}
                            <pre className={styles.json}>{`${t("audit.after")}: ${json(entry.after)}`}</pre>
                          </details>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className={styles.pager} aria-label={t("audit.pager")}>
            {query.cursor ? <Link href={hrefWith(query)}>{t("audit.newest")}</Link> : null}
            {page.nextCursor ? <Link href={hrefWith(query, page.nextCursor)}>{t("audit.older")}</Link> : null}
          </nav>
        </section>
      ) : null}
    </AdminShell>
  );
}
