import type { TLocale } from "./locale";

const MESSAGES: Record<string, Record<TLocale, string>> = {
  "validation.year": { "zh-CN": "年份应为2000至2100之间的整数，例如 2020", en: "must be a whole year between 2000 and 2100, e.g. 2020" },
  "validation.code": { "zh-CN": "代码只能由小写字母、数字和连字符组成，例如 gdp-growth", en: "must be lower-case letters, digits and hyphens, e.g. gdp-growth" },
  "value.decimals": { "zh-CN": "数值最多保留6位小数", en: "may have at most 6 decimal places" },
  "value.magnitude": { "zh-CN": "数值超出可记录的范围", en: "is out of the range that can be stored" },
  "value.percent": { "zh-CN": "百分比应在0至100之间", en: "must be a percentage between 0 and 100" },
  "value.negative": { "zh-CN": "该指标的数值不能为负数", en: "cannot be negative for this indicator" },
  "value.growth": { "zh-CN": "增速应不低于-100%", en: "must be a growth rate of at least -100%" },
  "value.days": { "zh-CN": "天数应为不超过当月天数的非负整数", en: "must be a whole number of days, no more than the month has" },
  "validation.asOfInYear": { "zh-CN": "截止月份应在所查年份之内，例如 year=2020 时为 2020-06", en: "must be a month of the requested year, e.g. 2020-06 for year=2020" },
  "validation.period": { "zh-CN": "月份格式应为 YYYY-MM，例如 2020-03", en: "must be a month as YYYY-MM, e.g. 2020-03" },
  "entry.notNumber": { "zh-CN": "请输入数字，例如 12.5（不要带单位或千位分隔符）", en: "must be a number such as 12.5 (no unit, no thousands separator)" },
  "plausibility.fell": { "zh-CN": "累计数比上月减少", en: "a running total fell below last month's" },
  "plausibility.farFromPrevious": { "zh-CN": "与上月数值相差很大", en: "far from last month's value" },
  "plausibility.farFromBaseline": { "zh-CN": "与2019年实绩相差很大", en: "far from the 2019 result" },
  "plausibility.beyondTarget": { "zh-CN": "超过全年目标3倍以上", en: "more than three times the year's target" },
  "plausibility.behind": { "zh-CN": "进度落后于时序进度", en: "behind schedule" },
};

/** A contract's validation key in the caller's language; other messages pass through. */
export function translateValidation(message: string, locale: TLocale): string {
  return MESSAGES[message]?.[locale] ?? message;
}
