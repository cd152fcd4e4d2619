import type { TIndicatorTableLabels } from "./indicator-table";
import type { TPageContext } from "./page-context";

export function indicatorTableLabels(t: TPageContext["t"], caption: string): TIndicatorTableLabels {
  return {
    caption,
    indicator: t("col.indicator"),
    bureau: t("col.bureau"),
    target: t("col.target"),
    actual: t("col.actual"),
    expected: t("col.expected"),
    gap: t("col.gap"),
    status: t("col.status"),
    preview: t("previewMark"),
    empty: t("empty"),
    hedge: { aspirational: t("hedge.aspirational"), guaranteed: t("hedge.guaranteed") },
  };
}
