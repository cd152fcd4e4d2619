import { API_BASE } from "./openapi";

/** The open-data files and the API document (routes.ts lists pages; these are API paths). */
export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

export function exportPath(format: "csv" | "json", { year, indicator }: { year: number; indicator?: string }): string {
  const query = new URLSearchParams({ year: String(year), ...(indicator ? { indicator } : {}) });
  return `${API_BASE}/export.${format}?${query}`;
}
