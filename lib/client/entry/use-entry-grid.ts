"use client";

import { useQuery } from "@tanstack/react-query";
import type { TEntryGrid } from "../../contracts/entry";
import { entryGridOptions } from "./queries";

/** The bureau's grid, starting from what the server rendered; refetched when the window regains focus. */
export function useEntryGrid(initial: TEntryGrid, locale: string) {
  return useQuery({ ...entryGridOptions(initial.year, initial.department.code, locale), initialData: initial });
}
