/** Twelve significant digits: float noise (29.999999999999996) stays out of the API; statuses are decided before it. */
export function tidy(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(12));
}
