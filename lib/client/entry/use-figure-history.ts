"use client";

import { useQuery } from "@tanstack/react-query";
import { figureHistoryOptions } from "./queries";

export function useFigureHistory(code: string, period: string, unit: string | null, locale: string) {
  return useQuery(figureHistoryOptions(code, period, unit, locale));
}
