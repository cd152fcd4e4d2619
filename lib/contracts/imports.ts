import { z } from "zod";
import { ZCode, ZPeriod } from "./common";

/** `GET /api/v1/imports/template?department=stats&period=2020-10` */
export const ZTemplateQuery = z.object({ department: ZCode, period: ZPeriod }).strict();
export type TTemplateQuery = z.infer<typeof ZTemplateQuery>;

/** One problem of one row, as the spreadsheet shows it: row number and column letter (null: the whole row). */
export const ZImportRowError = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });
export type TImportRowError = z.infer<typeof ZImportRowError>;

/** A figure the import writes (or, in a dry run, would write): old → new in the entry unit. */
export const ZImportChange = z.object({
  row: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string().nullable(),
  /** The unit's names for a per-unit target; null otherwise. */
  unitNameZh: z.string().nullable(),
  unitNameEn: z.string().nullable(),
  period: ZPeriod,
  old: z.number().nullable(),
  new: z.number().nullable(),
  oldNote: z.string().nullable(),
  newNote: z.string().nullable(),
});
export type TImportChange = z.infer<typeof ZImportChange>;

/** `applied` is 0 in a dry run, which answers what a real run would change. */
export const ZImportResult = z.object({ applied: z.number().int(), dryRun: z.boolean(), changes: z.array(ZImportChange) });
export type TImportResult = z.infer<typeof ZImportResult>;

/** The 400 of an import: every error of every row, nothing written. */
export const ZImportErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string(), rows: z.array(ZImportRowError) }),
});
export type TImportErrorBody = z.infer<typeof ZImportErrorBody>;

/** The multipart form of `POST /api/v1/imports` (read by lib/server/imports/upload.ts): the file, a dry-run flag, the month. */
export const ZImportForm = z.object({
  file: z.file(),
  dryRun: z.enum(["true", "false"]).optional(),
  period: ZPeriod.optional(),
});
