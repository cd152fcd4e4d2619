import { ApiError } from "@/lib/client/review/api";

type TTranslate = (key: "error.network" | "error.conflict" | "error.generic", values?: { message: string }) => string;

/** A refusal in the reader's language: the server already words it; a 409 also says the queue was refreshed. */
export function errorText(error: unknown, t: TTranslate): string {
  if (!(error instanceof ApiError) || error.status === 0) return t("error.network");
  if (error.status === 409) return t("error.conflict", { message: error.message });
  return t("error.generic", { message: error.message || error.code });
}
