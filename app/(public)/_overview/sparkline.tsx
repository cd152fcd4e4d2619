import { shapeSparkline } from "@/lib/client/overview/sparkline";
import type { TOverviewRow } from "@/lib/server/public/overview";

const WIDTH = 96;
const HEIGHT = 28;

/**
 * The monthly actual (solid) against the expected path (dashed), drawn on the server: no script.
 * Hidden from assistive technology, as the row's text gives the same figures.
 */
export function Sparkline({ trend }: { trend: TOverviewRow["trend"] }) {
  const line = shapeSparkline(trend, WIDTH, HEIGHT, 3);
  if (!line.actual && !line.expected) return null;
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      {line.expected ? <path className="sparkline-expected" d={line.expected} /> : null}
      {line.actual ? <path className="sparkline-actual" d={line.actual} /> : null}
      {line.last ? <circle className="sparkline-last" cx={line.last.x} cy={line.last.y} r="2.5" /> : null}
    </svg>
  );
}
