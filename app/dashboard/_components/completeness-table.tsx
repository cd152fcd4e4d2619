import type { TBureauCompleteness } from "@/lib/contracts/dashboard";
import { localName } from "@/lib/client/dashboard/status";
import type { TLocale } from "@/lib/i18n/locale";
import type { TPageContext } from "./page-context";

interface TProps {
  bureaus: TBureauCompleteness[];
  locale: TLocale;
  t: TPageContext["t"];
  /** List what is missing or awaiting review under each bureau. */
  showItems?: boolean;
}

const SHAPE = { approved: "●", submitted: "◐", missing: "○" } as const;

/** Per bureau: figures due this month, approved, awaiting review, missing; late bureaus first. */
export function CompletenessTable({ bureaus, locale, t, showItems = false }: TProps) {
  return (
    <div className="table-scroll">
      <table className="dash-table completeness">
        <caption className="sr-only">{t("completenessCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.bureau")}</th>
            <th scope="col" className="num">
              {t("due")}
            </th>
            <th scope="col" className="num">
              {t("approved")}
            </th>
            <th scope="col" className="num">
              {t("submitted")}
            </th>
            <th scope="col" className="num">
              {t("missing")}
            </th>
            {showItems ? <th scope="col">{t("outstanding")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bureaus.map((b) => {
            const open = b.items.filter((i) => i.state !== "approved");
            const state = b.missing > 0 ? "late" : b.submitted > 0 ? "pending" : "complete";
            return (
              <tr key={b.department.code} data-bureau={b.department.code} data-reporting={state}>
                <th scope="row">
                  {localName(b.department, locale)}
                  <span className={`reporting reporting-${state}`}>{t(`reporting.${state}`)}</span>
                </th>
                <td className="num" data-label={t("due")}>
                  {b.due}
                </td>
                <td className="num" data-label={t("approved")}>
                  {b.approved}
                </td>
                <td className="num" data-label={t("submitted")}>
                  {b.submitted}
                </td>
                <td className={`num${b.missing > 0 ? " cell-missing" : ""}`} data-label={t("missing")}>
                  {b.missing}
                </td>
                {showItems ? (
                  <td data-label={t("outstanding")}>
                    {open.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul className="plain-list">
                        {open.map((i) => (
                          <li key={`${i.code}:${i.unit?.code ?? ""}`}>
                            <span aria-hidden="true">{SHAPE[i.state]} </span>
                            {localName(i, locale)}
                            {i.unit ? (locale === "en" ? ` (${localName(i.unit, locale)})` : `（${localName(i.unit, locale)}）`) : ""}
                            <span className="cell-sub">{t(`state.${i.state}`)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
