"use client";

import { useQuery } from "@tanstack/react-query";
import type { TEntryGrid } from "../../contracts/entry";
import { entryGridOptions } from "./queries";

/**
 * The bureau's grid, starting from what the server rendered. Read again whenever the window regains
 * focus (colleagues may have entered figures meanwhile); cells being edited keep what was typed.
 */
export function useEntryGrid(initial: TEntryGrid, locale: string) {
  return useQuery({ ...entryGridOptions(initial.year, initial.department.code, locale), initialData: initial, refetchOnWindowFocus: "always" });
}
