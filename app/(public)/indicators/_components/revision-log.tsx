import { getLocale, getTranslations } from "next-intl/server";
import { formatValue } from "@/lib/client/dashboard/row-format";
import { localName } from "@/lib/client/dashboard/status";
import { formatDateTime, formatPeriod } from "@/lib/format/number";
import type { TPublicIndicator } from "@/lib/server/public/indicator";

/** The public log of revised figures: each published value replaced by a newer approved one, old → new, with the date. */
export async function RevisionLog({ data }: { data: TPublicIndicator }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator.revisions"), getLocale()]);
  const { indicator: ind, revisions } = data;
  const unitNames = new Map((ind.units ?? []).map((u) => [u.code, localName(u, locale)]));
  const hasUnits = unitNames.size > 0;
  return (
    <section className="section" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t("title")}</h2>
      <p>{t("lead")}</p>
      {revisions.length === 0 ? (
        <p className="muted" data-testid="no-revisions">
          {t("none")}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table" data-testid="revisions">
            <caption>{t("caption", { name: localName(ind, locale) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                {hasUnits ? <th scope="col">{t("unit")}</th> : null}
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("note")}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={`${r.period}:${r.unit ?? ""}:${r.publishedAt}`} data-period={r.period} data-previous={r.previousValue ?? ""} data-value={r.value ?? ""}>
                  <th scope="row">{formatPeriod(r.period, locale)}</th>
                  {hasUnits ? <td>{r.unit ? (unitNames.get(r.unit) ?? r.unit) : "—"}</td> : null}
                  <td className="num">
                    {formatValue(r.previousValue, ind.unit, locale)} → {formatValue(r.value, ind.unit, locale)}
                  </td>
                  <td>
                    <time dateTime={r.publishedAt}>{formatDateTime(r.publishedAt, locale)}</time>
                  </td>
                  <td lang="zh-CN">{r.note ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
