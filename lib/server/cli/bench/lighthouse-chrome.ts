import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CATEGORIES, readRun, type TLighthouseRun } from "./lighthouse-summary";

/** Debian's Chromium, as the e2e tests drive it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless Chromium for Lighthouse. chrome-launcher's own Ctrl-C handler is off: the bench's
 * cleanup stops this browser along with the servers and the database.
 */
export function launchChromium(): Promise<LaunchedChrome> {
  const isRoot = process.getuid?.() === 0;
  return launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      "--headless=new",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // Chromium's sandbox refuses to start as root.
      ...(isRoot ? ["--no-sandbox"] : []),
    ],
    handleSIGINT: false,
    logLevel: "silent",
  });
}

export type TPreset = "mobile" | "desktop";

/** One Lighthouse run (its default mobile emulation and throttling, or the desktop preset) on an open Chromium. */
export async function runLighthouse(chrome: LaunchedChrome, url: string, preset: TPreset): Promise<TLighthouseRun> {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }, preset === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  return readRun(result.lhr);
}
