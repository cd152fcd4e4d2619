import { describe, expect, it } from "vitest";
import en from "./messages/en";
import zh from "./messages/zh-CN";

type TTree = { [key: string]: string | TTree };

function leaves(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments a message uses ({min}, {minutes, plural, …}), not plural branches. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

describe("message catalogues", () => {
  const zhLeaves = leaves(zh);
  const enLeaves = leaves(en);

  it("have the same keys in Chinese and English", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  it("use the same arguments in both languages", () => {
    for (const [key, message] of zhLeaves) expect(argumentsOf(enLeaves.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });

  it("list every namespace file in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("write Chinese sentences with full-width punctuation", () => {
    for (const [key, message] of zhLeaves) expect(message, key).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]|[,.;:!?()][\u4e00-\u9fff]/);
  });
});
