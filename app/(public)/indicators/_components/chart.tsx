import { getLocale, getTranslations } from "next-intl/server";
import { ProgressChart } from "@/lib/client/charts/progress-chart";
import { unitLabel } from "@/lib/format/unit";
import type { TPublicIndicator } from "@/lib/server/public/indicator";
import { chartOf } from "./data";

/** The shared progress chart with its legend and text alternative, labelled from this page's messages. */
export async function IndicatorChart({ data }: { data: TPublicIndicator }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator.chart"), getLocale()]);
  const { series, description } = chartOf(data, locale);
  const unit = data.indicator.unit;
  return (
    <ProgressChart
      series={series}
      unit={unit}
      locale={locale}
      description={description}
      labels={{ actual: t("actual"), expected: t("expected"), target: t("target"), baseline: t("baseline"), preview: t("preview"), axisUnit: t("axisUnit", { unit: unitLabel(unit, locale) }) }}
    />
  );
}
