import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { localName } from "@/lib/client/dashboard/status";
import { formatDateTime, formatPeriod } from "@/lib/format/number";
import { formatAmount } from "@/lib/format/target";
import type { TPublicIndicator } from "@/lib/server/public/indicator";
import { reportSentencePath } from "@/lib/server/public/routes";

/** What the indicator is: its place in the report, lead bureau, kind, target with the report's hedge, baseline and dates. */
export async function IndicatorFacts({ data }: { data: TPublicIndicator }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator"), getLocale()]);
  const { indicator: ind } = data;
  const base = ind.baseline;
  const baseNote = base ? (locale === "en" ? base.noteEn : base.noteZh) : null;
  return (
    <section className="section ind-facts" aria-label={t("facts.label")}>
      <dl className="facts ind-facts-list">
        <div>
          <dt>{t("facts.target", { year: data.year })}</dt>
          <dd data-testid="target">
            {ind.hedge ? (
              <span className="hedge-word" title={t("facts.hedgeNote")}>
                {t(`hedge.${ind.hedge}`)}
              </span>
            ) : null}
            <strong>{formatAmount(ind.target, ind.unit, locale)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("facts.baseline")}</dt>
          <dd data-testid="baseline">
            {base ? (
              <>
                {formatAmount(base, base.unit, locale)}
                {base.estimated ? t("facts.estimated") : null}
                <span className={base.comparable ? "cell-sub" : "cell-sub tag-incomparable"}>
                  {[base.comparable ? t("facts.comparable") : t("facts.incomparable"), baseNote].filter(Boolean).join(locale === "en" ? ": " : "：")}
                </span>
              </>
            ) : (
              <span className="muted">{t("facts.noBaseline")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("facts.dataAsOf")}</dt>
          <dd data-testid="data-as-of">{data.dataAsOf ? formatPeriod(data.dataAsOf, locale) : t("facts.none")}</dd>
        </div>
        <div>
          <dt>{t("facts.publishedAt")}</dt>
          <dd data-testid="published-at">{data.publishedAt ? <time dateTime={data.publishedAt}>{formatDateTime(data.publishedAt, locale)}</time> : t("facts.none")}</dd>
        </div>
        <div>
          <dt>{t("facts.section")}</dt>
          <dd>{localName(ind.section, locale)}</dd>
        </div>
        <div>
          <dt>{t("facts.bureau")}</dt>
          <dd>
            {localName(ind.department, locale)}
            <span className="cell-sub">{t("facts.bureauNote")}</span>
          </dd>
        </div>
        <div>
          <dt>{t("facts.kind")}</dt>
          <dd>{t(`kind.${ind.kind}`)}</dd>
        </div>
      </dl>
      <figure className="ind-quote">
        <figcaption>{t("quote.title")}</figcaption>
        <blockquote lang="zh-CN">
          <q data-testid="source-quote">{ind.target.sourceQuote}</q>
        </blockquote>
        <p>
          <Link href={reportSentencePath(ind.code)} data-testid="report-link">
            {t("quote.readInReport")}
          </Link>
        </p>
      </figure>
    </section>
  );
}
