import { ZImportErrorBody, ZImportResult, type TImportResult, type TImportRowError } from "../../contracts/imports";
import type { TLocale } from "../../i18n/locale";

export type TImportOutcome =
  | { kind: "done"; result: TImportResult }
  | { kind: "rows"; message: string; rows: TImportRowError[] }
  | { kind: "failed"; message: string }
  | { kind: "network" };

/** POST /api/v1/imports with the file as the form sends it; every answer becomes an outcome, never a throw. */
export async function postImport(file: File, options: { dryRun: boolean; period: string; locale: TLocale }): Promise<TImportOutcome> {
  const form = new FormData();
  form.set("file", file, file.name);
  form.set("dryRun", String(options.dryRun));
  form.set("period", options.period);
  let response: Response;
  try {
    response = await fetch("/api/v1/imports", { method: "POST", body: form, headers: { "accept-language": options.locale }, credentials: "same-origin" });
  } catch {
    return { kind: "network" };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = ZImportResult.safeParse(body);
    return parsed.success ? { kind: "done", result: parsed.data } : { kind: "failed", message: String(response.status) };
  }
  const error = ZImportErrorBody.safeParse(body);
  if (error.success && error.data.error.rows.length > 0) return { kind: "rows", message: error.data.error.message, rows: error.data.error.rows };
  const message = (body as { error?: { message?: string } } | null)?.error?.message;
  return { kind: "failed", message: message ?? String(response.status) };
}
