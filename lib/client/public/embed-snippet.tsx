"use client";

import { useId, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The iframe code another site pastes in. The page is cached for every reader, so the site's own
 * address is read in the browser; the server's HTML carries the path alone until then.
 */
export function EmbedSnippet({ path, title, label }: { path: string; title: string; label: string }) {
  const id = useId();
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  );
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const code = `<iframe src="${origin}${path}" title="${escaped}" width="600" height="400" loading="lazy" style="border:0"></iframe>`;
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} data-testid="embed-snippet" onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
