"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ZAdminTarget, ZScheduleBody, type TAdminTarget, type TAdminTargetList } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { adminQueries } from "@/lib/client/admin/queries";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { formatNumber, formatPeriod } from "@/lib/format/number";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";

interface TBureau {
  code: string;
  name: string;
}

interface TProps {
  year: number;
  initialTargets: TAdminTargetList;
  departments: TBureau[];
}

/** Each target of the year: its lead bureau and, for scheduled kinds, its 12-month profile. */
export function TargetsPanel({ year, initialTargets, departments }: TProps) {
  const t = useTranslations("Admin.indicators");
  const locale = useLocale();
  const { data } = useQuery({ ...adminQueries.targets(locale, year), initialData: initialTargets });
  return (
    <section className="dash-section" aria-labelledby="targets-title">
      <h2 id="targets-title">{t("listTitle", { count: data.targets.length })}</h2>
      <p className="dash-note">{t("configNote")}</p>
      <div className="table-scroll">
        <table className={`dash-table ${styles.stack}`}>
          <thead>
            <tr>
              <th scope="col">{t("col.indicator")}</th>
              <th scope="col">{t("col.lead")}</th>
              <th scope="col">{t("col.schedule")}</th>
              <th scope="col" className="num">
                {t("col.figures")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.targets.map((target) => (
              <tr key={target.code} data-code={target.code}>
                <th scope="row" data-label={t("col.indicator")}>
                  {locale === "en" ? target.nameEn : target.nameZh}
                  <span className="cell-sub">
                    {locale === "en" ? target.section.nameEn : target.section.nameZh} · <span className="mono">{target.code}</span>
                  </span>
                </th>
                <td data-label={t("col.lead")}>
                  <LeadForm target={target} year={year} departments={departments} />
                </td>
                <td data-label={t("col.schedule")}>
                  {target.scheduleProfile ? <ScheduleForm target={target} year={year} /> : <span className="muted">{t("noSchedule")}</span>}</td>
                <td className="num" data-label={t("col.figures")}>
                  {formatNumber(target.figures, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LeadForm({ target, year, departments }: { target: TAdminTarget; year: number; departments: TBureau[] }) {
  const t = useTranslations("Admin.indicators");
  const locale = useLocale();
  const id = useId();
  const [department, setDepartment] = useState(target.department.code);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useAdminMutation(
    (code: string) => adminRequest(`/api/v1/admin/targets/${target.code}/${year}/lead`, { locale, method: "PUT", body: { department: code }, schema: ZAdminTarget }),
    [adminKeys.targets(year)],
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    mutation.mutate(department, { onSuccess: () => setDone(t("leadSaved")) });
  }
  return (
    <form className={styles.inline} onSubmit={onSubmit}>
      <label htmlFor={`${id}-lead`}>
        <span className="sr-only">{t("leadLabel", { name: locale === "en" ? target.nameEn : target.nameZh })}</span>
        <select id={`${id}-lead`} value={department} onChange={(e) => setDepartment(e.target.value)}>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-secondary" disabled={mutation.isPending || department === target.department.code}>
        {t("save")}
      </button>
      <FormStatus error={mutation.error} success={done} />
    </form>
  );
}

/** Shares typed as percentages (0–100), stored as shares (0–1) with six decimals. */
function toPercentText(share: number): string {
  return String(Math.round(share * 1e6) / 1e4);
}

function ScheduleForm({ target, year }: { target: TAdminTarget; year: number }) {
  const t = useTranslations("Admin.indicators");
  const locale = useLocale();
  const id = useId();
  const [values, setValues] = useState(() => (target.scheduleProfile ?? []).map(toPercentText));
  const [issue, setIssue] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useAdminMutation(
    (scheduleProfile: number[]) => adminRequest(`/api/v1/admin/targets/${target.code}/${year}/schedule`, { locale, method: "PUT", body: { scheduleProfile }, schema: ZAdminTarget }),
    [adminKeys.targets(year)],
  );
  const midYear = target.scheduleProfile?.[5] ?? 0;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const shares = values.map((v) => (v.trim() === "" ? Number.NaN : Math.round(Number(v) * 1e4) / 1e6));
    const parsed = ZScheduleBody.safeParse({ scheduleProfile: shares });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const month = typeof issue.path[1] === "number" ? `${formatPeriod(`${year}-${String(issue.path[1] + 1).padStart(2, "0")}`, locale)}：` : "";
      setIssue(`${month}${translateValidation(issue.message, locale)}`);
      return;
    }
    setIssue(null);
    mutation.mutate(parsed.data.scheduleProfile, { onSuccess: () => setDone(t("scheduleSaved")) });
  }
  return (
    <details className={styles.manage}>
      <summary>{t("scheduleSummary", { share: formatNumber(midYear * 100, locale, 1) })}</summary>
      <form className={styles.manageBody} onSubmit={onSubmit} noValidate>
        <p className={styles.hint}>{t("scheduleHint")}</p>
        <div className={styles.schedule}>
          {values.map((value, i) => (
            <label key={i} htmlFor={`${id}-m${i}`}>
              {formatPeriod(`${year}-${String(i + 1).padStart(2, "0")}`, locale)}
              <input
                id={`${id}-m${i}`}
                inputMode="decimal"
                value={value}
                onChange={(e) => setValues((vs) => vs.map((v, j) => (j === i ? e.target.value : v)))}
                aria-describedby={`${id}-unit`}
              />
            </label>
          ))}
        </div>
        <p id={`${id}-unit`} className="sr-only">
          {t("percentUnit")}
        </p>
        <div className={styles.inline}>
          <button type="submit" className="button-secondary" disabled={mutation.isPending}>
            {t("saveSchedule")}
          </button>
        </div>
        <FormStatus error={issue ?? mutation.error} success={done} />
      </form>
    </details>
  );
}
