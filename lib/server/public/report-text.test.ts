import { describe, expect, it } from "vitest";
import { locateQuotes, markReport, type TBlock, type TRun } from "./report-text";

const marks = (block: TBlock) => block.runs.filter((r): r is TRun & { type: "mark" } => r.type === "mark");
const plain = (block: TBlock) => block.runs.map((r) => (r.type === "text" ? r.text : r.segments.map((s) => s.text).join(""))).join("");

const SAMPLE = [
  "四 平 市 政 府 工 作 报 告(摘要)",
  "———————2020年1月7日",
  "一、过去一年工作回顾",
  "全市生产总值增长4%左右,工业总产值增长2%。",
  "二、今年主要目标及重点工作",
  "(一)以项目建设为中心,全力以赴筑牢发展支撑。",
  "(一)建设法治政府。治国凭圭臬,安邦靠准绳。",
  "",
].join("\n");

describe("markReport", () => {
  it("reads the title, the lines before the first part, parts, chapters and paragraphs", () => {
    const { blocks } = markReport(SAMPLE, []);
    expect(blocks.map((b) => b.kind)).toEqual(["title", "meta", "part", "paragraph", "part", "chapter", "paragraph"]);
    expect(blocks.map((b) => b.id)).toEqual([null, null, "part-1", null, "part-2", "part-3", null]);
    expect(blocks.map(plain).join("\n") + "\n").toBe(SAMPLE);
  });

  it("marks a quote with one anchor and keeps the text around it", () => {
    const { blocks, missing } = markReport(SAMPLE, [{ key: "r-gdp", quote: "生产总值增长4%左右" }]);
    expect(missing).toEqual([]);
    const paragraph = blocks[3]!;
    expect(paragraph.runs).toEqual([
      { type: "text", text: "全市" },
      { type: "mark", anchors: ["r-gdp"], keys: ["r-gdp"], segments: [{ text: "生产总值增长4%左右", keys: ["r-gdp"] }] },
      { type: "text", text: ",工业总产值增长2%。" },
    ]);
  });

  it("gives codes sharing a sentence one anchor each, and cuts overlapping quotes into segments", () => {
    const { blocks } = markReport(SAMPLE, [
      { key: "r-a", quote: "工业总产值增长2%" },
      { key: "r-b", quote: "工业总产值增长2%" },
      { key: "r-c", quote: "4%左右,工业总产值" },
    ]);
    const [group] = marks(blocks[3]!);
    expect(group!.anchors).toEqual(["r-c", "r-a", "r-b"]);
    expect(group!.segments).toEqual([
      { text: "4%左右,", keys: ["r-c"] },
      { text: "工业总产值", keys: ["r-c", "r-a", "r-b"] },
      { text: "增长2%", keys: ["r-a", "r-b"] },
    ]);
  });

  it("anchors a key once even when two of its quotes are marked", () => {
    const { blocks } = markReport(SAMPLE, [
      { key: "q-x", quote: "以项目建设为中心" },
      { key: "q-x", quote: "全力以赴筑牢发展支撑" },
    ]);
    const groups = marks(blocks[5]!);
    expect(groups.map((g) => g.anchors)).toEqual([["q-x"], []]);
    expect(groups.map((g) => g.keys)).toEqual([["q-x"], ["q-x"]]);
  });

  it("finds a quote that differs from the report in whitespace, marks the report's own text, cut at the line break", () => {
    const { blocks, located } = markReport(SAMPLE, [{ key: "q-w", quote: "增长2%。二、今年 主要目标" }]);
    expect(located).toMatchObject([{ key: "q-w", exact: false, occurrences: 1 }]);
    expect(SAMPLE.slice(located[0]!.start, located[0]!.end)).toBe("增长2%。\n二、今年主要目标");
    expect(marks(blocks[3]!)).toEqual([{ type: "mark", anchors: ["q-w"], keys: ["q-w"], segments: [{ text: "增长2%。", keys: ["q-w"] }] }]);
    expect(marks(blocks[4]!)).toEqual([{ type: "mark", anchors: [], keys: ["q-w"], segments: [{ text: "二、今年主要目标", keys: ["q-w"] }] }]);
  });

  it("lists quotes it cannot find instead of guessing", () => {
    const { located, missing } = locateQuotes(SAMPLE, [
      { key: "q-none", quote: "增长5%" },
      { key: "q-empty", quote: "" },
      { key: "r-ok", quote: "增长2%" },
    ]);
    expect(missing.map((m) => m.key)).toEqual(["q-none", "q-empty"]);
    expect(located).toMatchObject([{ key: "r-ok", exact: true, occurrences: 1 }]);
  });

  it("counts a quote the report states twice and marks its first occurrence", () => {
    const { located } = locateQuotes(SAMPLE, [{ key: "q-twice", quote: "(一)" }]);
    expect(located).toMatchObject([{ start: SAMPLE.indexOf("(一)"), occurrences: 2 }]);
  });
});
