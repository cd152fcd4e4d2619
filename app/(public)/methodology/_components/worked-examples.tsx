import { getTranslations } from "next-intl/server";
import { formatPace, formatValue } from "@/lib/client/dashboard/row-format";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { AMOUNT_EXAMPLE, RATE_EXAMPLE, workAmountExample, workRateExample } from "@/lib/client/methodology/examples";
import { formatInterval, pointsInterval, ratioInterval } from "@/lib/client/methodology/status-conditions";
import { formatMonthShort } from "@/lib/format/month";
import { formatNumber, formatPeriod } from "@/lib/format/number";
import { formatPoints } from "@/lib/format/points";
import { formatAmount } from "@/lib/format/target";
import { formatQuantity } from "@/lib/format/unit";
import type { TLocale } from "@/lib/i18n/locale";
import { goalOf } from "@/lib/progress/met-rules";
import type { TProgressStatus } from "@/lib/progress/types";

const period = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;
const percent = (share: number, locale: TLocale) => `${formatNumber(share * 100, locale, 2)}%`;

/** Two examples judged by the engine while the page is drawn (lib/client/methodology/examples.ts). */
export async function WorkedExamples({ locale }: { locale: TLocale }) {
  const t = await getTranslations("Methodology.examples");
  const n = (v: number, digits = 2) => formatNumber(v, locale, digits);
  const band = (status: TProgressStatus, kind: "ratio" | "points") => {
    const interval = kind === "ratio" ? ratioInterval(status) : pointsInterval(status);
    return interval ? formatInterval(interval, kind === "ratio" ? "r" : "Δ", (x) => n(x)) : "—";
  };

  const a = AMOUNT_EXAMPLE;
  const aw = workAmountExample();
  const ap = aw.progress;
  const q = (v: number | null) => formatValue(v, a.unit, locale);
  const goal = goalOf(a.target) ?? 0;
  const year = a.target.year;
  // Floored, as formatRatio does, so the shown ratio never crosses a threshold upwards.
  const ratio = ap.ratio === null ? "—" : n(Math.floor(ap.ratio * 1000 + 1e-9) / 1000, 3);

  const r = RATE_EXAMPLE;
  const rw = workRateExample();
  const rp = rw.progress;
  const pct = (v: number) => formatQuantity(v, r.unit, locale);
  const floor = r.target.min ?? 0;

  return (
    <>
      <p>{t("lead")}</p>
      <article className="method-example" data-example="amount" data-status={ap.status}>
        <h3>{t("amountTitle")}</h3>
        <ol>
          <li>{t("amountTarget", { target: formatAmount(a.target, a.unit, locale) })}</li>
          <li>
            {t("amountFigures", { from: formatPeriod(period(year, 1), locale), to: formatPeriod(period(year, a.asOf), locale), actual: q(ap.actual) })}
            <div className="table-scroll">
              <table className="dash-table compact method-months">
                <caption className="sr-only">{t("monthsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="row">{t("colMonth")}</th>
                    {aw.figures.map((f) => (
                      <th scope="col" key={f.month} className="num">
                        {formatMonthShort(period(year, f.month), locale)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t("colAmount")}</th>
                    {aw.figures.map((f) => (
                      <td key={f.month} className="num">
                        {q(f.value)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          </li>
          <li>{t("amountExpected", { to: formatPeriod(period(year, a.asOf), locale), share: percent(aw.share, locale), goal: q(goal), expected: q(ap.expected) })}</li>
          <li>
            {t("amountRatio", { actual: q(ap.actual), expected: q(ap.expected), ratio, band: band(ap.status, "ratio") })} <StatusBadge status={ap.status} locale={locale} />
          </li>
          <li>{t("amountProjected", { actual: q(ap.actual), share: percent(aw.share, locale), projected: q(ap.projected) })}</li>
          <li>{t("amountPace", { goal: q(goal), actual: q(ap.actual), months: aw.remainingMonths, pace: formatPace(ap.requiredPace, a.unit, locale) })}</li>
        </ol>
      </article>
      <article className="method-example" data-example="rate" data-status={rp.status}>
        <h3>{t("rateTitle")}</h3>
        <ol>
          <li>{t("rateTarget", { target: formatAmount(r.target, r.unit, locale), q1: pct(r.firstQuarter), june: pct(r.june) })}</li>
          <li>
            {t("rateGap", { june: pct(r.june), floor: pct(floor), gap: formatPoints(rp.gapPoints ?? 0, locale), band: band(rp.status, "points") })}{" "}
            <StatusBadge status={rp.status} locale={locale} />
          </li>
        </ol>
        <div className="table-scroll">
          <table className="dash-table compact method-variants">
            <caption>{t("rateVariants")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colJune")}</th>
                <th scope="col">{t("colGap")}</th>
                <th scope="col">{t("colStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {rw.variants.map((v) => (
                <tr key={v.value} data-status={v.progress.status}>
                  <th scope="row">{pct(v.value)}</th>
                  <td>
                    {formatPoints(v.progress.gapPoints ?? 0, locale)} <span className="muted">{locale === "en" ? `(${band(v.progress.status, "points")})` : `（${band(v.progress.status, "points")}）`}</span>
                  </td>
                  <td>
                    <StatusBadge status={v.progress.status} locale={locale} />
                    {v.progress.aboveRange ? <span className="hedge-word method-beyond">{t("aboveRange")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </article>
    </>
  );
}
