import type { TReviewFilter } from "./api";

type TSearch = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The queue page's query string (?department=stats&period=2020-10); anything malformed is ignored, never trusted. */
export function parseReviewFilter(search: TSearch, year: number, departments: readonly string[]): TReviewFilter {
  const department = first(search.department);
  const period = first(search.period);
  return {
    year,
    department: department !== undefined && departments.includes(department) ? department : null,
    period: period !== undefined && new RegExp(`^${year}-(0[1-9]|1[0-2])$`).test(period) ? period : null,
  };
}

export function reviewHref(filter: Pick<TReviewFilter, "department" | "period">): string {
  const q = new URLSearchParams();
  if (filter.department) q.set("department", filter.department);
  if (filter.period) q.set("period", filter.period);
  const s = q.toString();
  return s ? `/admin/review?${s}` : "/admin/review";
}
