/** A sparkline's two lines as SVG path data, in a box of `width` × `height`. */
export interface TSparkline {
  actual: string;
  expected: string;
  /** The latest actual, marked with a dot. */
  last: { x: number; y: number } | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Path data through the points that have a value: a quarterly series joins its quarters. */
function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${round(p.x)} ${round(p.y)}`).join("");
}

/**
 * The monthly actual and the expected path on one scale: months spread evenly across the width,
 * the lowest value of either series at the bottom and the highest at the top (a flat series sits
 * in the middle). Pure, so the page draws it on the server and ships no script.
 */
export function shapeSparkline(series: { actual: readonly (number | null)[]; expected: readonly (number | null)[] }, width: number, height: number, pad = 2): TSparkline {
  const values = [...series.actual, ...series.expected].filter((v): v is number => v !== null && Number.isFinite(v));
  const months = Math.max(series.actual.length, series.expected.length);
  if (values.length === 0 || months === 0) return { actual: "", expected: "", last: null };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const x = (i: number) => (months === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (months - 1));
  const y = (v: number) => (span === 0 ? height / 2 : pad + ((high - v) * (height - 2 * pad)) / span);
  const points = (list: readonly (number | null)[]) =>
    list.flatMap((v, i) => (v !== null && Number.isFinite(v) ? [{ x: x(i), y: y(v) }] : []));
  const actual = points(series.actual);
  const latest = actual[actual.length - 1];
  return { actual: pathOf(actual), expected: pathOf(points(series.expected)), last: latest ? { x: round(latest.x), y: round(latest.y) } : null };
}
