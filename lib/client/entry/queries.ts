import { queryOptions } from "@tanstack/react-query";
import { ZEntryGrid, ZFigureWithHistory } from "../../contracts/entry";
import { callApi } from "./api";
import { entryKeys } from "./keys";

export function entryGridOptions(year: number, department: string, locale: string) {
  return queryOptions({
    queryKey: entryKeys.grid(year, department),
    queryFn: () => callApi(ZEntryGrid, `/api/v1/figures?year=${year}&department=${encodeURIComponent(department)}`, locale),
  });
}

export function figureUrl(code: string, period: string, unit: string | null, action = ""): string {
  return `/api/v1/figures/${code}/${period}${action ? `/${action}` : ""}${unit ? `?unit=${encodeURIComponent(unit)}` : ""}`;
}

export function figureHistoryOptions(code: string, period: string, unit: string | null, locale: string) {
  return queryOptions({
    queryKey: entryKeys.figure(code, period, unit),
    queryFn: () => callApi(ZFigureWithHistory, figureUrl(code, period, unit), locale),
  });
}
