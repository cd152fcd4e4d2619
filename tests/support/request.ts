interface TCallOptions {
  params?: Record<string, string>;
  headers?: Record<string, string>;
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is: a string, bytes, or a stream (which carries no Content-Length, like a chunked upload). */
  rawBody?: string | Uint8Array | ReadableStream<Uint8Array>;
}

/** Calls an App Router handler the way Next.js does, with params as a promise. `body` is null when the response has none. */
export async function callRoute(
  handler: (request: Request, context: { params?: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  options: TCallOptions = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const request = new Request(new URL(url, "http://localhost"), {
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    ...(options.rawBody instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text === "" ? null : (JSON.parse(text) as unknown), headers: response.headers };
}
