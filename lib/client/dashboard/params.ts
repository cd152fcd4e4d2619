/** The dashboard's query string: ?asOf=2020-06&submitted=1. Anything else is ignored, never trusted. */
export interface TDashboardParams {
  asOf?: string;
  includeSubmitted: boolean;
}

type TSearch = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseDashboardParams(search: TSearch, year: number): TDashboardParams {
  const asOf = first(search.asOf);
  const valid = asOf !== undefined && new RegExp(`^${year}-(0[1-9]|1[0-2])$`).test(asOf);
  return { asOf: valid ? asOf : undefined, includeSubmitted: first(search.submitted) === "1" };
}

/** A dashboard link that keeps the month and the preview switch. */
export function dashboardHref(path: string, params: { asOf?: string; includeSubmitted?: boolean }, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (params.asOf) q.set("asOf", params.asOf);
  if (params.includeSubmitted) q.set("submitted", "1");
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The twelve months of the year, "YYYY-MM". */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}
