"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "../../format/number";
import { formatQuantity } from "../../format/unit";
import type { TLocale } from "../../i18n/locale";
import type { TProgressSeries } from "./progress-series";

export interface TChartLabels {
  actual: string;
  expected: string;
  target: string;
  baseline: string;
  preview: string;
  /** "单位：万亩" / "Unit: 10,000 mu": the axis counts in the report's unit, named in the page's language. */
  axisUnit: string;
}

interface TProps {
  series: TProgressSeries;
  unit: string;
  locale: TLocale;
  labels: TChartLabels;
}

const COLORS = { actual: "#b3261e", expected: "#5f6670", target: "#1d5e32", baseline: "#7a4b00" } as const;

function monthTick(period: string, locale: TLocale): string {
  const month = Number(period.slice(5, 7));
  return locale === "en" ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" }) : `${month}月`;
}

interface TDotProps {
  cx?: number;
  cy?: number;
  payload?: { isPreview: boolean; actual: number | null };
}

/** A filled dot for a published month, a hollow one for a month that counts a figure awaiting approval. */
function ActualDot({ cx, cy, payload }: TDotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.actual === null) return null;
  return payload.isPreview ? (
    <circle cx={cx} cy={cy} r={5} fill="#fff" stroke={COLORS.actual} strokeWidth={2} strokeDasharray="2 2" />
  ) : (
    <circle cx={cx} cy={cy} r={4} fill={COLORS.actual} stroke="#fff" strokeWidth={1} />
  );
}

/** The recharts drawing itself; mounted on the client only (it writes style attributes, which the CSP refuses in server HTML). */
export default function ProgressChartView({ series, unit, locale, labels }: TProps) {
  const t = series.target;
  const q = (v: number) => formatQuantity(v, unit, locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={series.points} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis dataKey="period" tickFormatter={(p: string) => monthTick(p, locale)} tick={{ fontSize: 12, fill: "#5f6670" }} interval="preserveStartEnd" />
        <YAxis domain={series.domain} tickFormatter={(v: number) => formatNumber(v, locale, 2)} tick={{ fontSize: 12, fill: "#5f6670" }} width={48} allowDataOverflow />
        {t?.type === "band" ? <ReferenceArea y1={t.min} y2={t.max} fill={COLORS.target} fillOpacity={0.12} stroke={COLORS.target} strokeOpacity={0.4} ifOverflow="extendDomain" /> : null}
        {t && t.type !== "band" ? <ReferenceLine y={t.value} stroke={COLORS.target} strokeWidth={2} strokeDasharray="8 4" ifOverflow="extendDomain" /> : null}
        {series.baseline !== null ? <ReferenceLine y={series.baseline} stroke={COLORS.baseline} strokeWidth={1.5} strokeDasharray="2 4" ifOverflow="extendDomain" /> : null}
        <Tooltip
          formatter={(value, name) => [typeof value === "number" ? q(value) : "—", name === "actual" ? labels.actual : labels.expected]}
          labelFormatter={(p) => (typeof p === "string" ? monthTick(p, locale) : "")}
        />
        <Line type="linear" dataKey="expected" name="expected" stroke={COLORS.expected} strokeWidth={2} strokeDasharray="5 4" dot={false} isAnimationActive={false} connectNulls />
        <Line type="linear" dataKey="actual" name="actual" stroke={COLORS.actual} strokeWidth={2.5} dot={<ActualDot />} activeDot={{ r: 5 }} isAnimationActive={false} connectNulls />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
