import { ZPeriod } from "../../contracts/common";
import { AppError } from "../errors";
import { readLimitedBytes } from "../http/read-body";
import { MAX_UPLOAD_BYTES } from "./layout";
import { IMPORT_MESSAGES } from "./messages";

/** Room for the multipart boundaries and the small fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface TUpload {
  file: { name: string; bytes: Buffer };
  dryRun: boolean;
  period?: string;
}

const invalid = (text: { "zh-CN": string; en: string }) => new AppError("INVALID", text, { details: { rows: [] } });

/**
 * The multipart form of POST /api/v1/imports: `file`, optional `dryRun` ("true"/"false") and
 * `period`. The body is bounded while it streams in (413 past the limit), then parsed whole.
 */
export async function readUpload(request: Request): Promise<TUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw invalid(IMPORT_MESSAGES.notMultipart());
  const bytes = await readLimitedBytes(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    throw invalid(IMPORT_MESSAGES.notMultipart());
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw invalid(IMPORT_MESSAGES.noFile());
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", IMPORT_MESSAGES.fileTooLarge(MAX_UPLOAD_BYTES));
  const flag = form.get("dryRun");
  if (flag !== null && flag !== "true" && flag !== "false") throw invalid(IMPORT_MESSAGES.badFlag());
  const period = form.get("period");
  if (period !== null && (typeof period !== "string" || !ZPeriod.safeParse(period).success)) throw invalid(IMPORT_MESSAGES.badPeriodField());
  return {
    file: { name: "name" in file && typeof file.name === "string" ? file.name : "upload", bytes: Buffer.from(await file.arrayBuffer()) },
    dryRun: flag === "true",
    ...(period ? { period: period as string } : {}),
  };
}
