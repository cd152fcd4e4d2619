import type { TFigure } from "../../contracts/figures";
import { toNumber, toPeriod } from "../db/mappers";

const PERSON = { select: { login: true, displayName: true } } as const;

export const FIGURE_SELECT = {
  id: true,
  year: true,
  month: true,
  unit: { select: { code: true } },
  value: true,
  note: true,
  explanation: true,
  status: true,
  version: true,
  isDemo: true,
  returnReason: true,
  authorId: true,
  author: PERSON,
  submittedBy: PERSON,
  submittedAt: true,
  reviewedBy: PERSON,
  reviewedAt: true,
  updatedAt: true,
  publishedValue: true,
  publishedNote: true,
  publishedAt: true,
  revisedAt: true,
  indicator: { select: { code: true } },
} as const;

interface TDecimalLike {
  toNumber(): number;
}

export interface TFigureRow {
  id: number;
  year: number;
  month: number;
  unit: { code: string } | null;
  value: TDecimalLike | null;
  note: string | null;
  explanation: string | null;
  status: TFigure["status"];
  version: number;
  isDemo: boolean;
  returnReason: string | null;
  authorId: number | null;
  author: { login: string; displayName: string } | null;
  submittedBy: { login: string; displayName: string } | null;
  submittedAt: Date | null;
  reviewedBy: { login: string; displayName: string } | null;
  reviewedAt: Date | null;
  updatedAt: Date;
  publishedValue: TDecimalLike | null;
  publishedNote: string | null;
  publishedAt: Date | null;
  revisedAt: Date | null;
  indicator: { code: string };
}

/** What a change's audit snapshot and revision row need of a figure: its own columns, no joins (an import reads thousands). */
export const FIGURE_STATE_SELECT = {
  id: true,
  value: true,
  note: true,
  explanation: true,
  status: true,
  version: true,
  isDemo: true,
  publishedValue: true,
  publishedNote: true,
  publishedAt: true,
  revisedAt: true,
} as const;

export type TFigureState = Pick<TFigureRow, keyof typeof FIGURE_STATE_SELECT>;

export function toPublished(row: TFigureState): TFigure["published"] {
  return row.publishedAt
    ? { value: toNumber(row.publishedValue), note: row.publishedNote, publishedAt: row.publishedAt.toISOString(), revisedAt: row.revisedAt?.toISOString() ?? null }
    : null;
}

export function toFigure(row: TFigureRow): TFigure {
  return {
    code: row.indicator.code,
    period: toPeriod(row.year, row.month),
    unit: row.unit?.code ?? null,
    value: toNumber(row.value),
    note: row.note,
    explanation: row.explanation,
    status: row.status,
    version: row.version,
    isDemo: row.isDemo,
    returnReason: row.returnReason,
    author: row.author,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    published: toPublished(row),
  };
}
