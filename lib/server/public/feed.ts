import type { TIndicatorKind } from "../../contracts/common";
import type { TDbClient } from "../db/client";
import { toPeriod } from "../db/mappers";
import { toDisplayValue } from "../indicators/display";

/** The feed carries the latest approvals only: readers poll it, archives are in the export. */
export const FEED_LIMIT = 100;

const NAMES = { select: { nameZh: true, nameEn: true } } as const;

/** One approval: a first publication or a revision (old → new), in the display unit. */
export interface TFeedEntry {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TIndicatorKind;
  unit: string;
  period: string;
  /** A per-unit target's unit; null otherwise. */
  part: { code: string; nameZh: string; nameEn: string } | null;
  /** The figure's version approved: with code, period and part it names the approval for good. */
  version: number;
  value: number | null;
  /** The value replaced, for a revision; null on a first publication. */
  previousValue: number | null;
  isRevision: boolean;
  note: string | null;
  isDemo: boolean;
  publishedAt: string;
  /** The lead bureau of the figure's year: the feed names an office, never a person. */
  bureau: { nameZh: string; nameEn: string } | null;
}

/**
 * The latest approvals of figures, newest first. A publication row exists only for an approval,
 * and carries the value approved then, so drafts, submissions and working values never appear.
 */
export async function loadFeedEntries(db: TDbClient, { limit = FEED_LIMIT }: { limit?: number } = {}): Promise<TFeedEntry[]> {
  const rows = await db.figurePublication.findMany({
    take: limit,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      version: true,
      value: true,
      previousValue: true,
      isRevision: true,
      note: true,
      isDemo: true,
      publishedAt: true,
      figure: {
        select: {
          year: true,
          month: true,
          unit: { select: { code: true, nameZh: true, nameEn: true } },
          indicator: {
            select: {
              code: true,
              nameZh: true,
              nameEn: true,
              kind: true,
              unit: true,
              targets: { select: { year: true, entryFactor: true, department: NAMES } },
            },
          },
        },
      },
    },
  });
  return rows.flatMap((row) => {
    const { figure } = row;
    const { targets, ...indicator } = figure.indicator;
    const target = targets.find((t) => t.year === figure.year);
    // A figure exists only under its year's target; without one there is no unit to show it in.
    if (!target) return [];
    return [
      {
        ...indicator,
        period: toPeriod(figure.year, figure.month),
        part: figure.unit,
        version: row.version,
        value: toDisplayValue(row.value, target.entryFactor),
        previousValue: row.isRevision ? toDisplayValue(row.previousValue, target.entryFactor) : null,
        isRevision: row.isRevision,
        note: row.note,
        isDemo: row.isDemo,
        publishedAt: row.publishedAt.toISOString(),
        bureau: target.department,
      },
    ];
  });
}
