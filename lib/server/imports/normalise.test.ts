import { describe, expect, it } from "vitest";
import { basisText, isDue } from "./basis-text";
import { columnLetter, type TCell } from "./cells";
import { normaliseInteger, normaliseValue, parseNumberText } from "./numbers";
import { parsePeriodCell } from "./period";
import { isPercentFormat } from "./read-xlsx";
import { decodeCsv } from "./read-csv";
import { templateDisposition } from "./template";

const text = (t: string): TCell => ({ kind: "text", text: t });
const num = (value: number, percent = false): TCell => ({ kind: "number", value, percent });

describe("numbers as spreadsheets hold them", () => {
  it.each([
    ["123", 123],
    ["１２３", 123],
    ["１２３．４５", 123.45],
    ["1,234", 1234],
    ["1，234", 1234],
    ["1,234,567.5", 1234567.5],
    [" 12.5 ", 12.5],
    ["\u00a012\u3000", 12],
    ["-3", -3],
    ["－３", -3],
    ["\u22123", -3],
    ["+4", 4],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%s is %d", (raw, value) => {
    expect(parseNumberText(raw)).toEqual({ ok: true, value, percent: false });
  });

  it("reads a percent sign, refuses misplaced separators and words", () => {
    expect(parseNumberText("12%")).toEqual({ ok: true, value: 12, percent: true });
    expect(parseNumberText("１２％")).toEqual({ ok: true, value: 12, percent: true });
    expect(parseNumberText("1,5")).toEqual({ ok: false, problem: "separator" });
    expect(parseNumberText("12,34,567")).toEqual({ ok: false, problem: "separator" });
    expect(parseNumberText("abc")).toEqual({ ok: false, problem: "number" });
    expect(parseNumberText("—")).toEqual({ ok: false, problem: "number" });
    expect(parseNumberText("1.2.3")).toEqual({ ok: false, problem: "number" });
    expect(parseNumberText("   ")).toBeNull();
  });

  it("makes blank no figure and 0 a value", () => {
    expect(normaliseValue(undefined, "万亩")).toEqual({ ok: true, value: null });
    expect(normaliseValue({ kind: "empty" }, "万亩")).toEqual({ ok: true, value: null });
    expect(normaliseValue(text("  "), "万亩")).toEqual({ ok: true, value: null });
    expect(normaliseValue(num(0), "万亩")).toEqual({ ok: true, value: 0 });
    expect(normaliseValue(text("0"), "万亩")).toEqual({ ok: true, value: 0 });
  });

  it("takes a percentage as its number of percent where the entry unit is %, and refuses it elsewhere", () => {
    expect(normaliseValue(num(0.12, true), "%")).toEqual({ ok: true, value: 12 });
    expect(normaliseValue(num(-0.012, true), "%")).toEqual({ ok: true, value: -1.2 });
    expect(normaliseValue(text("5.2%"), "%")).toEqual({ ok: true, value: 5.2 });
    expect(normaliseValue(num(5.2), "%")).toEqual({ ok: true, value: 5.2 });
    expect(normaliseValue(num(0.12, true), "人")).toEqual({ ok: false, problem: "percent" });
    expect(normaliseValue(text("12%"), "万亩")).toEqual({ ok: false, problem: "percent" });
  });

  it("drops binary noise from spreadsheet arithmetic but keeps typed decimals", () => {
    expect(normaliseValue(num(0.1 + 0.2), "万亩")).toEqual({ ok: true, value: 0.3 });
    expect(normaliseValue(num(1.2345678), "万亩")).toEqual({ ok: true, value: 1.2345678 });
  });

  it("refuses formulas without a result, error cells and dates", () => {
    expect(normaliseValue({ kind: "formula" }, "万亩")).toEqual({ ok: false, problem: "formula" });
    expect(normaliseValue({ kind: "error", text: "#DIV/0!" }, "万亩")).toEqual({ ok: false, problem: "cellError" });
    expect(normaliseValue({ kind: "date", year: 2020, month: 1, day: 1 }, "万亩")).toEqual({ ok: false, problem: "number" });
  });

  it("reads versions as positive whole numbers", () => {
    expect(normaliseInteger(num(3))).toEqual({ ok: true, value: 3 });
    expect(normaliseInteger(text("３"))).toEqual({ ok: true, value: 3 });
    expect(normaliseInteger(undefined)).toEqual({ ok: true, value: null });
    expect(normaliseInteger(num(1.5))).toEqual({ ok: false });
    expect(normaliseInteger(num(0))).toEqual({ ok: false });
  });
});

describe("months", () => {
  it.each([
    ["2020-10", "2020-10"],
    ["2020-1", "2020-01"],
    ["2020/10", "2020-10"],
    ["2020.10", "2020-10"],
    ["2020年10月", "2020-10"],
    ["２０２０年１０月", "2020-10"],
    ["2020-10-01", "2020-10"],
  ])("%s is %s", (raw, period) => {
    expect(parsePeriodCell(text(raw))).toBe(period);
  });

  it("takes a date cell's month and refuses what is not a month", () => {
    expect(parsePeriodCell({ kind: "date", year: 2020, month: 10, day: 1 })).toBe("2020-10");
    expect(parsePeriodCell(text("2020-13"))).toBeNull();
    expect(parsePeriodCell(text("10月"))).toBeNull();
    expect(parsePeriodCell(text("2020-10-15"))).toBeNull();
    expect(parsePeriodCell(num(202010))).toBeNull();
    expect(parsePeriodCell(undefined)).toBeNull();
  });
});

describe("the template's words", () => {
  it("says what a cell is in the month", () => {
    expect(basisText("ytd_total", "monthly", 10)).toBe("1—10月累计");
    expect(basisText("ytd_total", "monthly", 1)).toBe("1月累计");
    expect(basisText("month_amount", "monthly", 10)).toBe("10月当月");
    expect(basisText("ytd_rate", "quarterly", 9)).toBe("1—9月累计增速（%）");
    expect(basisText("ytd_rate", "quarterly", 10)).toBe("本月不需填报（季度指标，3、6、9、12月填报）");
    expect(basisText("current", "first_month", 2)).toBe("本月不需填报（年度指标，1月填报）");
    expect([1, 2, 3, 12].map((m) => isDue("quarterly", m))).toEqual([false, false, true, true]);
  });

  it("names the file in RFC 5987 form with an ASCII fallback", () => {
    const disposition = templateDisposition({ department: { code: "stats", nameZh: "市统计局" }, period: "2020-10", rows: [] });
    expect(disposition).toBe(`attachment; filename="siping-stats-2020-10.xlsx"; filename*=UTF-8''%E5%B8%82%E7%BB%9F%E8%AE%A1%E5%B1%80-2020%E5%B9%B410%E6%9C%88-%E6%95%B0%E6%8D%AE%E5%A1%AB%E6%8A%A5%E6%A8%A1%E6%9D%BF.xlsx`);
    expect(decodeURIComponent(disposition.split("''")[1]!)).toBe("市统计局-2020年10月-数据填报模板.xlsx");
  });

  it("letters columns as spreadsheets do", () => {
    expect([0, 7, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "H", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("tells percent number formats from literal percent signs", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe("CSV text", () => {
  it("decodes UTF-8 with and without a BOM, UTF-16 with a BOM, and GBK", () => {
    expect(decodeCsv(Buffer.from("\ufeff数值", "utf8"))).toBe("数值");
    expect(decodeCsv(Buffer.from("数值", "utf8"))).toBe("数值");
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("数值", "utf16le")]))).toBe("数值");
    expect(decodeCsv(Buffer.from([0xca, 0xfd, 0xd6, 0xb5]))).toBe("数值");
  });
});
