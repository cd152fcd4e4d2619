"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TProgressStatus } from "../../contracts/tracking";
import type { TStackedPoint } from "../dashboard/trends";
import { formatMonthShort } from "../../format/month";
import type { TLocale } from "../../i18n/locale";
import { STATUS_ORDER } from "../../progress/status-rules";

/** Fills of the status palette, dark enough to tell apart when stacked; the legend repeats them in trends.css (.trend-swatch-*). */
const STATUS_FILLS: Readonly<Record<TProgressStatus, string>> = {
  off_track: "#c0392b",
  behind: "#e0a82e",
  no_data: "#b8bec6",
  on_track: "#3a9c9c",
  ahead: "#2f6fb0",
  achieved: "#2e7d4a",
};

interface TProps {
  series: TStackedPoint[];
  locale: TLocale;
  names: Record<TProgressStatus, string>;
}

/** The drawing, mounted on the client only (recharts writes style attributes, which the CSP refuses in server HTML). Worst at the bottom. */
export default function StatusTrendChartView({ series, locale, names }: TProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={series} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis dataKey="period" tickFormatter={(p: string) => formatMonthShort(p, locale)} tick={{ fontSize: 12, fill: "#5f6670" }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#5f6670" }} width={32} />
        <Tooltip labelFormatter={(p) => (typeof p === "string" ? formatMonthShort(p, locale) : "")} formatter={(value, name) => [value, names[name as TProgressStatus] ?? name]} />
        {STATUS_ORDER.map((s) => (
          <Bar key={s} dataKey={s} name={s} stackId="statuses" fill={STATUS_FILLS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
