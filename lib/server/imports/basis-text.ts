import type { TBasis, TFrequency } from "../../contracts/tracking";

/**
 * What one row of the template asks for in a given month, in the words of a statistics form
 * (1—10月累计, 10月当月), or why the month is not due. Pure; the instruction sheet explains each.
 */
export function isDue(frequency: TFrequency, month: number): boolean {
  if (frequency === "quarterly") return month % 3 === 0;
  if (frequency === "first_month") return month === 1;
  return true;
}

export function basisText(basis: TBasis, frequency: TFrequency, month: number): string {
  if (!isDue(frequency, month)) {
    return frequency === "quarterly" ? "本月不需填报（季度指标，3、6、9、12月填报）" : "本月不需填报（年度指标，1月填报）";
  }
  const ytd = month === 1 ? "1月" : `1—${month}月`;
  switch (basis) {
    case "ytd_total":
      return `${ytd}累计`;
    case "month_amount":
      return `${month}月当月`;
    case "ytd_rate":
      return `${ytd}累计增速（%）`;
    case "current":
      return `${month}月末数值`;
    case "month_mean":
      return `${month}月月均值`;
    case "month_count":
      return `${month}月天数`;
    case "percent_done":
      return `截至${month}月末完成进度（0—100）`;
  }
}
