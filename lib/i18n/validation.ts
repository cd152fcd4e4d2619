import type { TLocale } from "./locale";

const MESSAGES: Record<string, Record<TLocale, string>> = {
  "validation.year": { "zh-CN": "年份应为2000至2100之间的整数，例如 2020", en: "must be a whole year between 2000 and 2100, e.g. 2020" },
  "validation.code": { "zh-CN": "代码只能由小写字母、数字和连字符组成，例如 gdp-growth", en: "must be lower-case letters, digits and hyphens, e.g. gdp-growth" },
  "validation.period": { "zh-CN": "月份格式应为 YYYY-MM，例如 2020-03", en: "must be a month as YYYY-MM, e.g. 2020-03" },
};

/** A contract's validation key in the caller's language; other messages pass through. */
export function translateValidation(message: string, locale: TLocale): string {
  return MESSAGES[message]?.[locale] ?? message;
}
