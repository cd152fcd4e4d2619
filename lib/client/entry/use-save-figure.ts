"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TEntryGrid } from "../../contracts/entry";
import { ZFigure, type TPutFigureBody } from "../../contracts/figures";
import { ApiError, callApi } from "./api";
import { optimisticFigure, replaceFigure } from "./grid-shape";
import { entryKeys } from "./keys";
import { figureUrl } from "./queries";

export interface TSaveFigure {
  code: string;
  unit: string | null;
  period: string;
  body: TPutFigureBody;
}

/**
 * Saves one cell: the grid shows the typed value at once and goes back to the stored one if the
 * save fails; a network or server failure is retried twice before the cell reports it.
 */
export function useSaveFigure(year: number, department: string, locale: string) {
  const queryClient = useQueryClient();
  const gridKey = entryKeys.grid(year, department);
  return useMutation({
    mutationFn: (input: TSaveFigure) => callApi(ZFigure, figureUrl(input.code, input.period, input.unit), locale, { method: "PUT", body: input.body }),
    retry: (count, error) => error instanceof ApiError && error.isTransient && count < 2,
    retryDelay: (attempt) => 400 * 2 ** attempt,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: gridKey });
      const previous = queryClient.getQueryData<TEntryGrid>(gridKey);
      if (previous) {
        const current = previous.rows.find((r) => r.code === input.code && r.unitCode === input.unit)?.cells.find((c) => c.period === input.period)?.figure ?? null;
        queryClient.setQueryData<TEntryGrid>(gridKey, replaceFigure(previous, input, optimisticFigure(current, input, input.body.value)));
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(gridKey, context.previous);
    },
    onSuccess: (figure, input) => {
      queryClient.setQueryData<TEntryGrid>(gridKey, (grid) => (grid ? replaceFigure(grid, input, figure) : grid));
    },
    onSettled: (_data, _error, input) => {
      // Progress and the history change with the value: read them again.
      void queryClient.invalidateQueries({ queryKey: gridKey });
      void queryClient.invalidateQueries({ queryKey: entryKeys.figure(input.code, input.period, input.unit) });
    },
  });
}
