/**
 * The report as blocks of text with every tracked quote marked. Pure: no I/O, so the reader page and
 * its tests parse the same way.
 *
 * A quote is found verbatim, or else ignoring whitespace (a quote typed on one line may cross a line
 * break of the source); either way the mark covers the report's own characters, and a quote found
 * only the second way is flagged `exact: false`. Quotes may overlap or share a sentence: each block
 * is cut into groups of overlapping marks, and each group into segments that know every key covering
 * them. A key's anchor sits in the first group that holds it, so every key found has exactly one.
 */

/** One quote to mark; `key` is the anchor id (`q-<code>` for a target, `r-<code>` for a result). */
export interface TQuoteItem {
  key: string;
  quote: string;
}

export interface TLocated extends TQuoteItem {
  start: number;
  end: number;
  /** false: found only by ignoring whitespace. */
  exact: boolean;
  /** How often the quote occurs; the first occurrence is marked. */
  occurrences: number;
}

export interface TSegment {
  text: string;
  keys: string[];
}

export type TRun = { type: "text"; text: string } | { type: "mark"; anchors: string[]; keys: string[]; segments: TSegment[] };

export type TBlockKind = "title" | "meta" | "part" | "chapter" | "paragraph";

export interface TBlock {
  kind: TBlockKind;
  /** Headings (part, chapter) get an id for the table of contents; other blocks null. */
  id: string | null;
  runs: TRun[];
}

export interface TMarkedReport {
  blocks: TBlock[];
  located: TLocated[];
  missing: TQuoteItem[];
}

const PART = /^[一二三四五六七八九十]+、/;
/** "(一)以项目建设为中心，……。": one short sentence after a bracketed number. */
const CHAPTER = /^[(（][一二三四五六七八九十]+[)）][^。]{1,40}。$/;
const SPACE = /\s/u;

function countOf(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
}

/** The text without whitespace, and for each of its characters the index in the original. */
function compact(text: string): { chars: string; origin: number[] } {
  let chars = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (SPACE.test(text[i]!)) continue;
    chars += text[i];
    origin.push(i);
  }
  return { chars, origin };
}

export function locateQuotes(text: string, items: readonly TQuoteItem[]): Pick<TMarkedReport, "located" | "missing"> {
  let loose: ReturnType<typeof compact> | undefined;
  const located: TLocated[] = [];
  const missing: TQuoteItem[] = [];
  for (const item of items) {
    const at = item.quote === "" ? -1 : text.indexOf(item.quote);
    if (at !== -1) {
      located.push({ ...item, start: at, end: at + item.quote.length, exact: true, occurrences: countOf(text, item.quote) });
      continue;
    }
    loose ??= compact(text);
    const needle = compact(item.quote).chars;
    const from = needle === "" ? -1 : loose.chars.indexOf(needle);
    if (from === -1) {
      missing.push(item);
      continue;
    }
    const end = loose.origin[from + needle.length - 1]! + 1;
    located.push({ ...item, start: loose.origin[from]!, end, exact: false, occurrences: countOf(loose.chars, needle) });
  }
  return { located, missing };
}

function kindOf(line: string, index: number, seenPart: boolean): TBlockKind {
  if (PART.test(line)) return "part";
  if (index === 0) return "title";
  if (!seenPart) return "meta";
  return CHAPTER.test(line) ? "chapter" : "paragraph";
}

interface TPiece {
  key: string;
  start: number;
  end: number;
}

/** Pieces that overlap (not merely touch) go into one group, in text order. */
function groupPieces(pieces: TPiece[]): TPiece[][] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const groups: TPiece[][] = [];
  let end = -1;
  for (const piece of sorted) {
    const last = groups.at(-1);
    if (last && piece.start < end) {
      last.push(piece);
      end = Math.max(end, piece.end);
    } else {
      groups.push([piece]);
      end = piece.end;
    }
  }
  return groups;
}

function markRun(text: string, group: TPiece[], anchored: Set<string>): TRun & { type: "mark" } {
  const cuts = [...new Set(group.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const keys = [...new Set(group.filter((p) => p.start <= from && p.end >= to).map((p) => p.key))];
    segments.push({ text: text.slice(from, to), keys });
  }
  const keys = [...new Set(group.map((p) => p.key))];
  const anchors = keys.filter((key) => !anchored.has(key));
  for (const key of anchors) anchored.add(key);
  return { type: "mark", anchors, keys, segments };
}

function blockRuns(text: string, from: number, to: number, located: readonly TLocated[], anchored: Set<string>): TRun[] {
  const pieces = located.filter((l) => l.start < to && l.end > from).map((l) => ({ key: l.key, start: Math.max(l.start, from), end: Math.min(l.end, to) }));
  const runs: TRun[] = [];
  let at = from;
  for (const group of groupPieces(pieces)) {
    const start = group[0]!.start;
    if (start > at) runs.push({ type: "text", text: text.slice(at, start) });
    runs.push(markRun(text, group, anchored));
    at = Math.max(...group.map((p) => p.end));
  }
  if (at < to) runs.push({ type: "text", text: text.slice(at, to) });
  return runs;
}

/** The report's lines as blocks (title, meta lines, parts 一、, chapters (一), paragraphs) with the quotes marked. */
export function markReport(text: string, items: readonly TQuoteItem[]): TMarkedReport {
  const { located, missing } = locateQuotes(text, items);
  // A mark crossing a line break is cut at it; the key's anchor goes with its first piece.
  const anchored = new Set<string>();
  const blocks: TBlock[] = [];
  let offset = 0;
  let seenPart = false;
  let headings = 0;
  for (const raw of text.split("\n")) {
    const from = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (line === "") continue;
    const start = from + raw.indexOf(line);
    const kind = kindOf(line, blocks.length, seenPart);
    if (kind === "part") seenPart = true;
    const isHeading = kind === "part" || kind === "chapter";
    if (isHeading) headings += 1;
    blocks.push({ kind, id: isHeading ? `part-${headings}` : null, runs: blockRuns(text, start, start + line.length, located, anchored) });
  }
  return { blocks, located, missing };
}
