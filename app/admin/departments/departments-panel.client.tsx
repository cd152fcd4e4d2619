"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { z } from "zod";
import { ZAdminDepartment, ZCreateDepartmentBody, ZUpdateDepartmentBody, type TAdminDepartment } from "@/lib/contracts/admin";
import { adminRequest } from "@/lib/client/admin/api";
import { adminKeys } from "@/lib/client/admin/keys";
import { adminQueries } from "@/lib/client/admin/queries";
import { useAdminMutation } from "@/lib/client/admin/use-admin-mutation";
import { translateValidation } from "@/lib/i18n/validation";
import { FormStatus } from "../_components/form-status.client";
import styles from "../_components/admin.module.css";

type TFields = { code: string; nameZh: string; nameEn: string };

function useIssues() {
  const t = useTranslations("Admin.departments");
  const locale = useLocale();
  return (error: z.ZodError) =>
    error.issues.map((i) => `${t(`field.${String(i.path[0]) === "code" ? "code" : String(i.path[0]) === "nameEn" ? "nameEn" : "nameZh"}`)}：${translateValidation(i.message, locale)}`).join("；");
}

function DepartmentFields({ values, onChange, codeLocked, idPrefix }: { values: TFields; onChange: (v: TFields) => void; codeLocked: boolean; idPrefix: string }) {
  const t = useTranslations("Admin.departments");
  return (
    <>
      <label className={styles.field} htmlFor={`${idPrefix}-code`}>
        <span>{t("field.code")}</span>
        <input id={`${idPrefix}-code`} className="mono" autoComplete="off" value={values.code} readOnly={codeLocked} aria-describedby={codeLocked ? `${idPrefix}-code-hint` : undefined} onChange={(e) => onChange({ ...values, code: e.target.value })} />
      </label>
      <label className={styles.field} htmlFor={`${idPrefix}-zh`}>
        <span>{t("field.nameZh")}</span>
        <input id={`${idPrefix}-zh`} autoComplete="off" value={values.nameZh} onChange={(e) => onChange({ ...values, nameZh: e.target.value })} />
      </label>
      <label className={styles.field} htmlFor={`${idPrefix}-en`}>
        <span>{t("field.nameEn")}</span>
        <input id={`${idPrefix}-en`} autoComplete="off" lang="en" value={values.nameEn} onChange={(e) => onChange({ ...values, nameEn: e.target.value })} />
      </label>
      {codeLocked ? (
        <p id={`${idPrefix}-code-hint`} className={`${styles.hint} ${styles.wide}`}>
          {t("codeLocked")}
        </p>
      ) : null}
    </>
  );
}

function EditDepartment({ department }: { department: TAdminDepartment }) {
  const t = useTranslations("Admin.departments");
  const locale = useLocale();
  const id = useId();
  const describe = useIssues();
  const [values, setValues] = useState<TFields>({ code: department.code, nameZh: department.nameZh, nameEn: department.nameEn });
  const [issue, setIssue] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useAdminMutation(
    (body: unknown) => adminRequest(`/api/v1/admin/departments/${department.code}`, { locale, method: "PATCH", body, schema: ZAdminDepartment }),
    [adminKeys.departments()],
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const body = { ...(values.code !== department.code ? { code: values.code } : {}), nameZh: values.nameZh, nameEn: values.nameEn };
    const parsed = ZUpdateDepartmentBody.safeParse(body);
    setIssue(parsed.success ? null : describe(parsed.error));
    if (parsed.success) mutation.mutate(parsed.data, { onSuccess: () => setDone(t("saved")) });
  }
  return (
    <details className={styles.manage}>
      <summary>{t("edit", { name: department.nameZh })}</summary>
      <form className={`${styles.form} ${styles.manageBody}`} onSubmit={onSubmit} noValidate>
        <DepartmentFields values={values} onChange={setValues} codeLocked={department.references > 0} idPrefix={id} />
        <div>
          <button type="submit" className="button-secondary" disabled={mutation.isPending}>
            {t("save")}
          </button>
        </div>
        <FormStatus error={issue ?? mutation.error} success={done} />
      </form>
    </details>
  );
}

/** The bureaus: add one, rename one (its code only while nothing uses it). */
export function DepartmentsPanel({ initialDepartments }: { initialDepartments: { departments: TAdminDepartment[] } }) {
  const t = useTranslations("Admin.departments");
  const locale = useLocale();
  const id = useId();
  const describe = useIssues();
  const { data } = useQuery({ ...adminQueries.departments(locale), initialData: initialDepartments });
  const [values, setValues] = useState<TFields>({ code: "", nameZh: "", nameEn: "" });
  const [issue, setIssue] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const create = useAdminMutation((body: unknown) => adminRequest("/api/v1/admin/departments", { locale, method: "POST", body, schema: ZAdminDepartment }), [adminKeys.departments()]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const parsed = ZCreateDepartmentBody.safeParse(values);
    setIssue(parsed.success ? null : describe(parsed.error));
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        setDone(t("created", { name: created.nameZh }));
        setValues({ code: "", nameZh: "", nameEn: "" });
      },
    });
  }

  return (
    <>
      <section className="dash-section" aria-labelledby="department-create-title">
        <h2 id="department-create-title">{t("createTitle")}</h2>
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <DepartmentFields values={values} onChange={setValues} codeLocked={false} idPrefix={id} />
          <div>
            <button type="submit" className="button-primary" disabled={create.isPending}>
              {t("create")}
            </button>
          </div>
          <FormStatus error={issue ?? create.error} success={done} />
        </form>
      </section>
      <section className="dash-section" aria-labelledby="departments-title">
        <h2 id="departments-title">{t("listTitle", { count: data.departments.length })}</h2>
        <div className="table-scroll">
          <table className={`dash-table ${styles.stack}`}>
            <thead>
              <tr>
                <th scope="col">{t("col.name")}</th>
                <th scope="col">{t("col.code")}</th>
                <th scope="col" className="num">
                  {t("col.references")}
                </th>
                <th scope="col">{t("col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.departments.map((d) => (
                <tr key={d.code}>
                  <th scope="row" data-label={t("col.name")}>
                    {locale === "en" ? d.nameEn : d.nameZh}
                    <span className="cell-sub" lang={locale === "en" ? "zh-CN" : "en"}>
                      {locale === "en" ? d.nameZh : d.nameEn}
                    </span>
                  </th>
                  <td className="mono" data-label={t("col.code")}>
                    {d.code}
                  </td>
                  <td className="num" data-label={t("col.references")}>
                    {d.references}
                  </td>
                  <td>
                    <EditDepartment department={d} />
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
