"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ApiError } from "./api";

/**
 * A change through the admin API that refreshes the lists it touches once it succeeds. Refusals
 * come back as ApiError with the server's message in the page's language.
 */
export function useAdminMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>, invalidates: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TInput>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
