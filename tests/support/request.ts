/** Calls an App Router handler the way Next.js does, with params as a promise. */
export async function callRoute(
  handler: (request: Request, context: { params?: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  options: { params?: Record<string, string>; headers?: Record<string, string>; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const request = new Request(new URL(url, "http://localhost"), {
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: await response.json(), headers: response.headers };
}
