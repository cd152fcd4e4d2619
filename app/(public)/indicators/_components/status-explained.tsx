import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatGap, formatPace, formatValue } from "@/lib/client/dashboard/row-format";
import { statusName } from "@/lib/client/dashboard/status";
import { StatusBadge } from "@/lib/client/dashboard/status-badge";
import { formatRatio } from "@/lib/format/points";
import { formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import { STATUS_RULES } from "@/lib/progress/status-rules";
import type { TPublicIndicator } from "@/lib/server/public/indicator";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

/** The engine's judgement with the numbers behind it, and in words how those numbers gave the status. */
export async function StatusExplained({ data }: { data: TPublicIndicator }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator.status"), getLocale()]);
  const { indicator: ind, progress: p } = data;
  const q = (v: number | null) => formatValue(v, ind.unit, locale);
  const period = formatPeriod(p.period ?? data.asOf, locale);
  const target = formatAmount(ind.target, ind.unit, locale);
  const status = statusName(p.status, locale);
  const facts: [string, string, string][] = [
    ["actual", t("actual"), q(p.actual)],
    ["expected", t("expected"), q(p.expected)],
    ...(p.gapPoints !== null ? [["gap", t("gap"), formatGap(p, locale)] as [string, string, string]] : []),
    ...(p.ratio !== null ? [["ratio", t("ratio"), formatRatio(p.ratio, locale)] as [string, string, string]] : []),
    ["projected", t("projected"), q(p.projected)],
    ["pace", t("requiredPace"), formatPace(p.requiredPace, ind.unit, locale)],
  ];
  const how =
    p.status === "no_data"
      ? t("noData", { period })
      : p.status === "achieved"
        ? t("achieved", { period, actual: q(p.actual), target })
        : p.gapPoints !== null
          ? t("points", { period, actual: q(p.actual), target, gap: formatGap(p, locale) })
          : p.ratio !== null
            ? t("ratioRule", { period, actual: q(p.actual), expected: q(p.expected), ratio: formatRatio(p.ratio, locale) })
            : t("other", { period, actual: q(p.actual), target });
  const rule = STATUS_RULES[p.status];
  const method = PUBLIC_PAGES.methodology;
  // Chinese sentences follow each other without a space.
  const gap = locale === "en" ? " " : "";
  return (
    <section className="section ind-status" aria-labelledby="status-title" data-status={p.status}>
      <h2 id="status-title" className="ind-status-title">
        {t("title", { period: formatPeriod(data.asOf, locale) })}
        <span data-testid="status">
          <StatusBadge status={p.status} locale={locale} />
        </span>
      </h2>
      <dl className="facts ind-numbers">
        {facts.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("howTitle")}</h3>
      <p data-testid="how">
        {how}
        {gap}
        {t("rule", { status, rule: locale === "en" ? rule.en : rule.zh })}
        {p.projected !== null && p.status !== "achieved" ? `${gap}${t("projection", { projected: q(p.projected) })}` : null}
        {p.requiredPace !== null ? `${gap}${t("pace", { pace: formatPace(p.requiredPace, ind.unit, locale) })}` : null}
      </p>
      <p className="ind-method-links">
        <Link href={method}>{t("methodLink")}</Link>
        {" · "}
        <Link href={`${method}#statuses`}>{t("statusesLink")}</Link>
        {" · "}
        <Link href={`${method}#schedule`}>{t("scheduleLink")}</Link>
        {" · "}
        <Link href={`${method}#formulas`}>{t("formulasLink")}</Link>
      </p>
    </section>
  );
}
