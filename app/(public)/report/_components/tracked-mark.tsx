import type { TReportRef, TRefKind } from "@/lib/server/public/report";
import type { TRun, TSegment } from "@/lib/server/public/report-text";
import { PUBLIC_PAGES, indicatorPath } from "@/lib/server/public/routes";
import type { TLocale } from "@/lib/i18n/locale";

export interface TTagText {
  tag: (kind: TRefKind) => string;
  name: (kind: TRefKind, name: string) => string;
}

interface TProps {
  run: TRun & { type: "mark" };
  refs: ReadonlyMap<string, TReportRef>;
  locale: TLocale;
  text: TTagText;
}

const TAG_ORDER: readonly TRefKind[] = ["target", "project", "result"];

function hrefOf(kind: TRefKind, code: string): string {
  if (kind === "result") return `${PUBLIC_PAGES.review2019}#${code}`;
  if (kind === "project") return `${PUBLIC_PAGES.projects}#${code}`;
  return indicatorPath(code);
}

/**
 * The anchors' positions among the group's first children, for report.css: `:target` on the n-th
 * anchor highlights the segments whose data-k lists n, and only those.
 */
function anchorIndexes(segment: TSegment, anchors: readonly string[]): string {
  return segment.keys
    .map((key) => anchors.indexOf(key) + 1)
    .filter((n) => n > 0)
    .join(" ");
}

/** One group of overlapping marks: an empty anchor per code first, the marked segments, then a tag per code. */
export function TrackedMark({ run, refs, locale, text }: TProps) {
  const tags = run.anchors.flatMap((key) => {
    const ref = refs.get(key);
    if (!ref) return [];
    const name = locale === "en" ? ref.nameEn : ref.nameZh;
    return TAG_ORDER.filter((kind) => ref.kinds.includes(kind)).map((kind) => ({ key: `${key}-${kind}`, kind, href: hrefOf(kind, ref.code), label: text.name(kind, name) }));
  });
  return (
    <span className="tracked" data-keys={run.keys.join(" ")}>
      {run.anchors.map((key) => (
        <span key={key} id={key} className="anchor" />
      ))}
      {run.segments.map((segment, i) => (
        <mark key={i} className={segment.keys.length > 1 ? "seg seg-shared" : "seg"} data-k={anchorIndexes(segment, run.anchors)} data-keys={segment.keys.join(" ")}>
          {segment.text}
        </mark>
      ))}
      {tags.length > 0 ? (
        <span className="tags" lang={locale}>
          {tags.map((tag) => (
            <a key={tag.key} className={`tag tag-${tag.kind}`} href={tag.href} aria-label={tag.label} title={tag.label}>
              {text.tag(tag.kind)}
            </a>
          ))}
        </span>
      ) : null}
    </span>
  );
}
