"use client";

import dynamic from "next/dynamic";
import type { TProgressStatus } from "../../contracts/tracking";
import type { TStackedPoint } from "../dashboard/trends";
import type { TLocale } from "../../i18n/locale";

const StatusTrendChartView = dynamic(() => import("./status-trend-chart-view"), { ssr: false, loading: () => null });

interface TProps {
  series: TStackedPoint[];
  locale: TLocale;
  names: Record<TProgressStatus, string>;
  /** The chart's text alternative; the numbers are in the table beside it. */
  label: string;
}

/** Indicators per status, month by month, as stacked bars; the series is shaped by toStackedSeries. */
export function StatusTrendChart({ series, locale, names, label }: TProps) {
  return (
    <div className="trend-chart-canvas" role="img" aria-label={label} data-testid="trend-chart">
      <StatusTrendChartView series={series} locale={locale} names={names} />
    </div>
  );
}
