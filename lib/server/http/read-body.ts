import { REQUEST_MESSAGES } from "../../i18n/errors";
import { AppError } from "../errors";

/** JSON bodies are small; a route that takes files raises its own limit. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function tooLarge(limitBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", REQUEST_MESSAGES.bodyTooLarge(limitBytes), { details: { limitBytes } });
}

/**
 * The body as text, refused with 413 once it passes `limitBytes`: up front when Content-Length says so,
 * else while streaming (chunked bodies declare no length), so an oversized body is never held whole.
 */
export async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  return (await readLimitedBytes(request, limitBytes)).toString("utf8");
}

/** The body as bytes, with the same bound (an uploaded file). */
export async function readLimitedBytes(request: Request, limitBytes: number): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
