import { randomUUID } from "node:crypto";
import { z } from "zod";
import { errorMessage, REQUEST_MESSAGES, type TErrorCode } from "../../i18n/errors";
import { pickLocale, type TLocale } from "../../i18n/locale";
import { translateValidation } from "../../i18n/validation";
import { AppError, STATUS_BY_CODE, type TErrorExtras, type TLocalizedText } from "../errors";
import type { TActor } from "../auth/actor";
import { authenticate } from "../auth/request";
import { getDb } from "../db/client";
import { announcePublicChange } from "../public/announce";
import { errorBody } from "./error-body";
import { DEFAULT_MAX_BODY_BYTES, readLimitedText } from "./read-body";

type TParams = Record<string, string | string[] | undefined>;

export interface TRouteContext {
  params?: Promise<TParams | undefined>;
}

/** What every route file exports per method; `defineRoutes` fills in the methods a file does not give. */
export type TRouteHandler = (request: Request, context: TRouteContext) => Promise<Response>;

interface TSchemas<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
}

/** `actor` is there for routes declared with `auth: true`. */
export interface THandlerArgs<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  locale: TLocale;
  request: Request;
  requestId: string;
}

type TArgsFor<P, Q, B, A extends boolean> = THandlerArgs<P, Q, B> & (A extends true ? { actor: TActor } : { actor?: undefined });

interface TRouteDefinition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, A extends boolean> {
  schemas: TSchemas<P, Q, B>;
  /** Signed-in session (same-origin for writes) or API token required: 401 without, before anything else is read. */
  auth?: A;
  handler: (args: TArgsFor<z.output<P>, z.output<Q>, z.output<B>, A>) => Promise<unknown>;
  /**
   * A public read: any cache may keep it but must revalidate (ETag) before reusing it, because an
   * approval can change it at any moment (the app's own public cache is emptied on every change).
   */
  isPublic?: boolean;
  /** A success changes what the public sees (an approval, a revision, an admin change): public caches are refreshed. */
  publishes?: boolean;
  /** Largest request body accepted, in bytes (413 beyond it); DEFAULT_MAX_BODY_BYTES unless raised. */
  maxBodyBytes?: number;
  /**
   * The handler reads the body itself from `request` (a multipart upload, through readLimitedBytes);
   * the wrapper then neither reads nor parses it. Credentials are still checked first.
   */
  rawBody?: boolean;
}

const ZEmpty = z.object({});

const LOCALE_ERRORS = {
  "zh-CN": z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
} satisfies Record<TLocale, z.core.$ZodErrorMap>;

interface TIssue {
  path: string;
  message: string;
}

class InvalidInput extends Error {
  constructor(readonly issues: TIssue[]) {
    super("invalid input");
  }
}

function safeParseWith(schema: z.ZodType | undefined, input: unknown, where: string, locale: TLocale): { data: unknown; issues: TIssue[] } {
  const result = (schema ?? ZEmpty).safeParse(input, { error: LOCALE_ERRORS[locale] });
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: translateValidation(issue.message, locale),
  }));
  return { data: undefined, issues };
}

/**
 * Query parameters as a flat object. A repeated name is an issue, not "the last one wins": a caller
 * who sends `year=2020&year=2021` gets told rather than silently answered about one of them.
 */
function readQuery(searchParams: URLSearchParams, locale: TLocale): { data: Record<string, string>; issues: TIssue[] } {
  const data: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of searchParams) {
    if (Object.hasOwn(data, name)) repeated.add(name);
    else data[name] = value;
  }
  const issues = [...repeated].map((name) => ({ path: `query.${name}`, message: REQUEST_MESSAGES.repeatedParameter()[locale] }));
  return { data, issues };
}

async function readBody(request: Request, limitBytes: number, locale: TLocale): Promise<{ data: unknown; issues: TIssue[] }> {
  if (request.method === "GET" || request.method === "HEAD") return { data: {}, issues: [] };
  const text = await readLimitedText(request, limitBytes);
  if (text.trim() === "") return { data: {}, issues: [] };
  try {
    return { data: JSON.parse(text) as unknown, issues: [] };
  } catch {
    return { data: undefined, issues: [{ path: "body", message: REQUEST_MESSAGES.invalidJson()[locale] }] };
  }
}

export function errorResponse(code: TErrorCode, locale: TLocale, requestId: string, text?: TLocalizedText, extras: TErrorExtras = {}): Response {
  return Response.json(errorBody(code, locale, requestId, text, extras.details), {
    status: STATUS_BY_CODE[code],
    headers: { ...extras.headers, "x-request-id": requestId },
  });
}

function combine(read: { issues: TIssue[] }, parsed: { data: unknown; issues: TIssue[] }): { data: unknown; issues: TIssue[] } {
  return { data: parsed.data, issues: [...read.issues, ...parsed.issues] };
}

function describeIssues(issues: TIssue[]): TLocalizedText {
  const field = (path: string) => path.split(".").slice(1).join(".") || path;
  return {
    en: `${errorMessage("INVALID", "en")}: ${issues.map((i) => `${field(i.path)} ${i.message}`).join("; ")}`,
    "zh-CN": `${errorMessage("INVALID", "zh-CN")}：${issues.map((i) => `参数 ${field(i.path)}：${i.message}`).join("；")}`,
  };
}

/**
 * One wrapper for every API route: parses params, query and body with zod (messages in the
 * caller's language, every issue at once), bounds the body, maps AppError codes to statuses in
 * one table, and answers unknown failures with a generic 500 whose request id is also logged.
 */
export function withRoute<P extends z.ZodType = typeof ZEmpty, Q extends z.ZodType = typeof ZEmpty, B extends z.ZodType = typeof ZEmpty, A extends boolean = false>(
  definition: TRouteDefinition<P, Q, B, A>,
): TRouteHandler {
  return async (request, context) => {
    const requestId = randomUUID();
    const locale = pickLocale(request.headers.get("accept-language"));
    try {
      const url = new URL(request.url);
      // Credentials and the origin check come before the body is read, so an anonymous or
      // cross-site caller never makes the server take in a body.
      const actor = definition.auth ? await authenticate(getDb(), request) : undefined;
      const body = definition.rawBody ? { data: {}, issues: [] } : await readBody(request, definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, locale);
      const query = readQuery(url.searchParams, locale);
      const parsed = [
        safeParseWith(definition.schemas.params, (await context.params) ?? {}, "params", locale),
        combine(query, safeParseWith(definition.schemas.query, query.data, "query", locale)),
        body.issues.length > 0 ? body : safeParseWith(definition.schemas.body, body.data, "body", locale),
      ] as const;
      const issues = parsed.flatMap((p) => p.issues);
      if (issues.length > 0) throw new InvalidInput(issues);
      const [params, queryData, bodyData] = parsed.map((p) => p.data) as [z.output<P>, z.output<Q>, z.output<B>];
      const args = { params, query: queryData, body: bodyData, locale, request, requestId, actor } as TArgsFor<z.output<P>, z.output<Q>, z.output<B>, A>;
      const data = await definition.handler(args);
      if (definition.publishes) announcePublicChange();
      const headers: Record<string, string> = { "x-request-id": requestId };
      if (definition.auth) headers["cache-control"] = "private, no-store";
      else if (definition.isPublic) headers["cache-control"] = "public, no-cache";
      // A handler that answers with a file builds its own Response; the wrapper adds its headers.
      if (data instanceof Response) {
        for (const [name, value] of Object.entries(headers)) data.headers.set(name, value);
        return data;
      }
      return Response.json(data, { headers });
    } catch (error) {
      if (error instanceof InvalidInput) return errorResponse("INVALID", locale, requestId, describeIssues(error.issues), { details: { issues: error.issues } });
      if (error instanceof AppError) return errorResponse(error.code, locale, requestId, error.text, error.extras);
      console.error(`[${requestId}] ${request.method} ${request.url}`, error);
      return errorResponse("INTERNAL", locale, requestId);
    }
  };
}
