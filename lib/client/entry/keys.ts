/** React Query keys of the entry page: the grid of a bureau's year and one figure's history. */
export const entryKeys = {
  all: ["entry"] as const,
  grid: (year: number, department: string) => [...entryKeys.all, "grid", year, department] as const,
  figures: () => [...entryKeys.all, "figure"] as const,
  figure: (code: string, period: string, unit: string | null) => [...entryKeys.figures(), code, period, unit ?? ""] as const,
};
