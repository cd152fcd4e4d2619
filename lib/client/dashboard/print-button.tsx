"use client";

/** Opens the browser's print dialog (the briefing's print stylesheet lays it out on A4). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button-primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
