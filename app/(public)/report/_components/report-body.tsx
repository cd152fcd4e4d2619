import type { ReactNode } from "react";
import type { TReportRef } from "@/lib/server/public/report";
import type { TBlock } from "@/lib/server/public/report-text";
import type { TLocale } from "@/lib/i18n/locale";
import { TrackedMark, type TTagText } from "./tracked-mark";

interface TProps {
  blocks: readonly TBlock[];
  refs: readonly TReportRef[];
  locale: TLocale;
  text: TTagText;
}

/** A heading's or paragraph's plain text, for the table of contents. */
export function blockText(block: TBlock): string {
  return block.runs.map((r) => (r.type === "text" ? r.text : r.segments.map((s) => s.text).join(""))).join("");
}

/** The report's text as the file has it, line by line; it stays Chinese in every language. */
export function ReportBody({ blocks, refs, locale, text }: TProps) {
  const byKey = new Map(refs.map((r) => [r.key, r]));
  const content = (block: TBlock): ReactNode[] =>
    block.runs.map((run, i) => (run.type === "text" ? run.text : <TrackedMark key={i} run={run} refs={byKey} locale={locale} text={text} />));
  return (
    <article className="report-text" lang="zh-CN">
      {blocks.map((block, i) => {
        const id = block.id ?? undefined;
        switch (block.kind) {
          case "title":
            return <h2 key={i} className="report-title">{content(block)}</h2>;
          case "meta":
            return <p key={i} className="report-meta">{content(block)}</p>;
          case "part":
            return <h3 key={i} id={id} className="report-part">{content(block)}</h3>;
          case "chapter":
            return <h4 key={i} id={id} className="report-chapter">{content(block)}</h4>;
          case "paragraph":
            return <p key={i}>{content(block)}</p>;
        }
      })}
    </article>
  );
}
