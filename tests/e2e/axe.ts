import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface TViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA) and returns its serious and critical findings, or
 * every finding of any impact with `{ everyImpact: true }` (the public site's bar).
 */
export async function findAccessibilityViolations(page: Page, { everyImpact = false }: { everyImpact?: boolean } = {}): Promise<TViolation[]> {
  // Next streams a page's metadata after its body, and a refresh (the language switch) swaps the
  // <title>: give it a moment, so axe judges the page and not the instant between the two.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  // Evaluated through the DevTools protocol, not as a <script> tag: a cached public page allows only
  // its own inline scripts by hash, and a tag added here would be refused by its CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return everyImpact ? violations : violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
