"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { TLocale } from "../../i18n/locale";
import type { TChartLabels } from "./progress-chart-view";
import type { TProgressSeries } from "./progress-series";

/**
 * recharts writes style attributes: drawn after hydration only, so React sets them through the DOM
 * (CSP-safe). Its code is fetched and run only when the chart comes near the screen (or the page is
 * printed): a reader on a phone who never scrolls to it pays nothing for it, and the text
 * alternative, legend and table are in the page from the start.
 */
const ProgressChartView = dynamic(() => import("./progress-chart-view"), { ssr: false, loading: () => null });

export interface TProgressChartProps {
  series: TProgressSeries;
  unit: string;
  locale: TLocale;
  labels: TChartLabels;
  /** The chart's text alternative (describeProgressSeries). */
  description: string;
}

/**
 * Actual vs the expected path vs the target (band for a range, line for a floor or ceiling), with
 * the 2019 baseline. One component for the dashboard and the public site; the series is shaped by
 * shapeProgressSeries, the legend is plain HTML so it reads without the drawing.
 */
export function ProgressChart({ series, unit, locale, labels, description }: TProgressChartProps) {
  const hasPreview = series.points.some((p) => p.isPreview);
  const canvas = useRef<HTMLDivElement>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = canvas.current;
    if (!element || isNear) return;
    const draw = () => setIsNear(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) draw();
    }, { rootMargin: "300px 0px" });
    observer.observe(element);
    window.addEventListener("beforeprint", draw);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", draw);
    };
  }, [isNear]);
  return (
    <figure className="progress-chart" data-testid="progress-chart">
      <p className="chart-axis-unit">{labels.axisUnit}</p>
      <div className="progress-chart-canvas" role="img" aria-label={description} ref={canvas}>
        {isNear ? <ProgressChartView series={series} unit={unit} locale={locale} labels={labels} /> : null}
      </div>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="swatch swatch-actual" aria-hidden="true" />
            {labels.actual}
          </li>
          <li>
            <span className="swatch swatch-expected" aria-hidden="true" />
            {labels.expected}
          </li>
          {series.target ? (
            <li>
              <span className={series.target.type === "band" ? "swatch swatch-band" : "swatch swatch-target"} aria-hidden="true" />
              {labels.target}
            </li>
          ) : null}
          {series.baseline !== null ? (
            <li>
              <span className="swatch swatch-baseline" aria-hidden="true" />
              {labels.baseline}
            </li>
          ) : null}
          {hasPreview ? (
            <li>
              <span className="swatch swatch-preview" aria-hidden="true" />
              {labels.preview}
            </li>
          ) : null}
        </ul>
        <p className="chart-description">{description}</p>
      </figcaption>
    </figure>
  );
}
