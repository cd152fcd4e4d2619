"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZSubmitMonthResult, type TSubmitMonthBody } from "../../contracts/entry";
import { callApi } from "./api";
import { entryKeys } from "./keys";

/** Submits a bureau's month (all or nothing); the grid and every open history are read again after. */
export function useSubmitMonth(year: number, department: string, locale: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSubmitMonthBody) => callApi(ZSubmitMonthResult, "/api/v1/figures/submissions", locale, { method: "POST", body }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: entryKeys.grid(year, department) });
      void queryClient.invalidateQueries({ queryKey: entryKeys.figures() });
    },
  });
}
