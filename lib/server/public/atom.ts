import { createTranslator } from "next-intl";
import { formatPeriod } from "../../format/number";
import { formatQuantity } from "../../format/unit";
import type { TLocale } from "../../i18n/locale";
import en from "../../i18n/messages/en";
import zh from "../../i18n/messages/zh-CN";
import { FEED_PATH, indicatorPath, PUBLIC_PAGES } from "./routes";
import type { TFeedEntry } from "./feed";

const CATALOGUES = { "zh-CN": zh, en } as const;

/** Before any approval the feed still needs an `updated`: the day the report was delivered. */
const EMPTY_FEED_UPDATED = "2020-01-07T00:00:00.000Z";

/** Text for XML character data and attribute values; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A growth rate says which way it went (+3.2%); other values read as the report writes them. */
function formatValue(entry: TFeedEntry, value: number | null, locale: TLocale, noValue: string): string {
  if (value === null) return noValue;
  const shown = formatQuantity(value, entry.unit, locale);
  return entry.kind === "growth_rate" && value > 0 ? `+${shown}` : shown;
}

/**
 * A tag: URI (RFC 4151) naming one approval for good: the same figure version approved is the
 * same entry on every fetch, and a later approval is a new entry.
 */
export function entryId(host: string, entry: TFeedEntry): string {
  const part = entry.part ? `/${entry.part.code}` : "";
  return `tag:${host},2020:figure/${entry.code}/${entry.period}${part}/v${entry.version}`;
}

interface TFeedContext {
  /** The request's origin ("https://example.org"): links in a feed must be absolute. */
  origin: string;
  locale: TLocale;
}

function renderEntry(entry: TFeedEntry, { origin, locale }: TFeedContext): string {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "Feed" });
  const name = locale === "en" ? entry.nameEn : entry.nameZh;
  const named = entry.part ? t("part", { name, part: locale === "en" ? entry.part.nameEn : entry.part.nameZh }) : name;
  const period = formatPeriod(entry.period, locale);
  const value = formatValue(entry, entry.value, locale, t("noValue"));
  const previous = formatValue(entry, entry.previousValue, locale, t("noValue"));
  const title = entry.isRevision ? t("revised", { name: named, period, previous, value }) : t("published", { name: named, period, value });
  const summary = [
    entry.isRevision ? t("summaryRevised", { previous, value }) : t("summaryPublished", { value }),
    entry.note ? t("note", { note: entry.note }) : null,
    entry.isDemo ? t("demo") : null,
  ].filter((line) => line !== null);
  const bureau = entry.bureau ? (locale === "en" ? entry.bureau.nameEn : entry.bureau.nameZh) : t("title");
  return [
    "  <entry>",
    `    <id>${xml(entryId(new URL(origin).hostname, entry))}</id>`,
    `    <title>${xml(title)}</title>`,
    `    <updated>${entry.publishedAt}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xml(new URL(indicatorPath(entry.code), origin).href)}"/>`,
    `    <author><name>${xml(bureau)}</name></author>`,
    `    <summary type="text">${xml(summary.join(" "))}</summary>`,
    "  </entry>",
  ].join("\n");
}

/** An Atom 1.0 document (RFC 4287) of the entries, newest first, in one language. */
export function renderAtomFeed(entries: readonly TFeedEntry[], context: TFeedContext): string {
  const t = createTranslator({ locale: context.locale, messages: CATALOGUES[context.locale], namespace: "Feed" });
  const { origin } = context;
  const updated = entries[0]?.publishedAt ?? EMPTY_FEED_UPDATED;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${context.locale}">`,
    `  <id>${xml(`tag:${new URL(origin).hostname},2020:feed`)}</id>`,
    `  <title>${xml(t("title"))}</title>`,
    `  <subtitle>${xml(t("subtitle"))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(new URL(FEED_PATH, origin).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(new URL(PUBLIC_PAGES.overview, origin).href)}"/>`,
    ...entries.map((entry) => renderEntry(entry, context)),
    "</feed>",
    "",
  ].join("\n");
}
