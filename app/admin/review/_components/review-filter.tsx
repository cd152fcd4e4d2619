import { getTranslations } from "next-intl/server";
import type { TDepartmentRef } from "@/lib/contracts/common";
import type { TReviewFilter } from "@/lib/client/review/api";
import { monthsOf } from "@/lib/client/dashboard/params";
import { localName } from "@/lib/client/dashboard/status";
import { formatPeriod } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";

/** Bureau and month: a plain GET form, so it works before (and without) script. */
export async function ReviewFilter({ filter, departments, locale }: { filter: TReviewFilter; departments: TDepartmentRef[]; locale: TLocale }) {
  const t = await getTranslations("Review");
  return (
    <form className="dash-filter" method="get" action="/admin/review" aria-label={t("filter.label")}>
      <label className="dash-field">
        <span>{t("filter.department")}</span>
        <select name="department" defaultValue={filter.department ?? ""}>
          <option value="">{t("filter.allDepartments")}</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {localName(d, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="dash-field">
        <span>{t("filter.period")}</span>
        <select name="period" defaultValue={filter.period ?? ""}>
          <option value="">{t("filter.allPeriods")}</option>
          {monthsOf(filter.year).map((m) => (
            <option key={m} value={m}>
              {formatPeriod(m, locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-secondary">
        {t("filter.apply")}
      </button>
    </form>
  );
}
