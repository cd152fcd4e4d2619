import { describe, expect, it } from "vitest";
import { cachedPublic } from "./cached";
import { forgetLoadsInFlight } from "./change-bus";

describe("cachedPublic", () => {
  it("shares one load among callers asking the same at the same time, and none after a public change", async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = cachedPublic("test-shared-load", async (code: string) => {
      calls += 1;
      const seen = calls;
      await gate;
      return `${code}#${seen}`;
    });
    const first = load("gdp");
    const second = load("gdp");
    const other = load("cpi");
    forgetLoadsInFlight();
    const afterChange = load("gdp");
    release();
    expect(await Promise.all([first, second, other, afterChange])).toEqual(["gdp#1", "gdp#1", "cpi#2", "gdp#3"]);
    // Settled loads are not kept here (Next's data cache keeps answers): the next call loads again.
    expect(await load("gdp")).toBe("gdp#4");
  });
});
