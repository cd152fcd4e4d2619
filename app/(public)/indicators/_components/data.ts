import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { describeProgressSeries, shapeProgressSeries, type TSeriesInput } from "@/lib/client/charts/progress-series";
import { localName } from "@/lib/client/dashboard/status";
import { ZCode } from "@/lib/contracts/common";
import type { TIndicator } from "@/lib/contracts/indicators";
import type { TLocale } from "@/lib/i18n/locale";
import { getDb } from "@/lib/server/db/client";
import { cachedPublic, loadPublicIsDemo } from "@/lib/server/public/cached";
import { loadPublicIndicator, type TPublicIndicator } from "@/lib/server/public/indicator";
import { todayInChina } from "@/lib/server/tasks/dto";

export const YEAR = 2020;

const loadIndicator = cachedPublic("public-indicator", (code: string, today: string) => loadPublicIndicator(getDb(), { code, year: YEAR, today }));

/** The indicator of a page's `code`, or the 404 page for a malformed code, an unknown one or one without a target this year. */
export async function loadIndicatorOr404(code: string): Promise<{ data: TPublicIndicator; isDemo: boolean }> {
  if (!ZCode.safeParse(code).success) notFound();
  const [data, isDemo] = await Promise.all([loadIndicator(code, todayInChina()), loadPublicIsDemo()]);
  if (!data) notFound();
  return { data, isDemo };
}

/** The title of an indicator's page and of its embed: the indicator's name, then the site's. */
export async function indicatorMetadata(code: string): Promise<Metadata> {
  const [meta, locale, { data }] = await Promise.all([getTranslations("Meta"), getLocale(), loadIndicatorOr404(code)]);
  return { title: `${localName(data.indicator, locale)} · ${meta("siteName")}` };
}

/** The chart's series and its one-sentence text alternative, judged as of the site's latest published month. */
export function chartOf(data: TPublicIndicator, locale: TLocale) {
  const { indicator } = data;
  const input: TSeriesInput = {
    kind: indicator.kind,
    unit: indicator.unit,
    target: unitsTotal(indicator) === null ? indicator.target : { ...indicator.target, value: unitsTotal(indicator) },
    baseline: indicator.baseline ? { value: indicator.baseline.value, unit: indicator.baseline.unit, comparable: indicator.baseline.comparable } : null,
    months: data.months,
    asOf: data.asOf,
  };
  const series = shapeProgressSeries(input);
  return { series, description: describeProgressSeries(series, input, locale) };
}

/** A per-unit target's places added up: what the chart's summed path is drawn against; null without units. */
export function unitsTotal(indicator: TIndicator): number | null {
  return indicator.units ? indicator.units.reduce((sum, u) => sum + u.value, 0) : null;
}
