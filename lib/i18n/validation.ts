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
  "validation.periodInYear": { "zh-CN": "月份应在所查年份之内，例如 year=2020 时为 2020-06", en: "must be a month of the requested year, e.g. 2020-06 for year=2020" },
  "validation.duplicateItems": { "zh-CN": "同一条数据只能列出一次", en: "must list each item only once" },
  "validation.period": { "zh-CN": "月份格式应为 YYYY-MM，例如 2020-03", en: "must be a month as YYYY-MM, e.g. 2020-03" },
  "schedule.length": { "zh-CN": "进度表应有12个月的累计比例", en: "must have 12 cumulative monthly shares" },
  "schedule.range": { "zh-CN": "每月累计比例应在0至1之间", en: "each cumulative share must be between 0 and 1" },
  "schedule.order": { "zh-CN": "累计比例不能比上个月小", en: "a cumulative share cannot be smaller than the month before" },
  "schedule.end": { "zh-CN": "12月的累计比例应为1（全年完成）", en: "December's cumulative share must be 1 (the whole year)" },
  "admin.login": { "zh-CN": "登录名只能用小写字母、数字、点、下划线和连字符，2至64个字符，首尾为字母或数字", en: "must be 2 to 64 lower-case letters, digits, dots, underscores or hyphens, starting and ending with a letter or digit" },
  "admin.departmentCode": { "zh-CN": "单位代码只能由小写字母、数字和连字符组成，最多40个字符，例如 stats", en: "must be lower-case letters, digits and hyphens, at most 40 characters, e.g. stats" },
  "admin.departmentRequired": { "zh-CN": "填报员须指定所属单位", en: "an official needs a bureau" },
  "admin.departmentRefused": { "zh-CN": "只有填报员属于某个单位", en: "only officials belong to a bureau" },
  "admin.name": { "zh-CN": "名称不能为空，最多100个字符", en: "must not be empty, at most 100 characters" },
  "admin.reason": { "zh-CN": "请填写原因，最多500个字符", en: "give a reason, at most 500 characters" },
  "admin.confirm": { "zh-CN": "请输入“删除演示数据”以确认", en: "type “remove demo data” to confirm" },
  "admin.date": { "zh-CN": "日期格式应为 YYYY-MM-DD，例如 2020-06-30", en: "must be a day as YYYY-MM-DD, e.g. 2020-06-30" },
  "admin.dateOrder": { "zh-CN": "结束日期不能早于开始日期", en: "cannot be before the start date" },
  "admin.cursor": { "zh-CN": "翻页位置无效", en: "is not a valid page position" },
  "admin.expires": { "zh-CN": "有效期应为1至366天的整数", en: "must be a whole number of days from 1 to 366" },
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
