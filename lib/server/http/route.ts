import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { errorMessage, type TErrorCode } from "../../i18n/errors";
import { pickLocale, type TLocale } from "../../i18n/locale";
import { translateValidation } from "../../i18n/validation";
import { AppError, STATUS_BY_CODE } from "../errors";

type TParams = Record<string, string | string[] | undefined>;

interface TRouteContext {
  params?: Promise<TParams | undefined>;
}

interface TSchemas<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
}

interface THandlerArgs<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  locale: TLocale;
  request: Request;
  requestId: string;
}

interface TRouteDefinition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  schemas: TSchemas<P, Q, B>;
  handler: (args: THandlerArgs<z.output<P>, z.output<Q>, z.output<B>>) => Promise<unknown>;
  /** Seconds a shared cache may keep a successful public response. */
  cacheSeconds?: number;
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

async function readBody(request: Request, locale: TLocale): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidInput([{ path: "body", message: locale === "en" ? "Body is not valid JSON" : "请求体不是有效的 JSON" }]);
  }
}

function errorResponse(code: TErrorCode, locale: TLocale, requestId: string, detail?: string, issues?: TIssue[]): NextResponse {
  const message = detail ?? errorMessage(code, locale);
  return NextResponse.json(
    { error: { code, message, requestId, ...(issues ? { issues } : {}) } },
    { status: STATUS_BY_CODE[code], headers: { "x-request-id": requestId } },
  );
}

function describeIssues(issues: TIssue[], locale: TLocale): string {
  const head = errorMessage("INVALID", locale);
  const field = (path: string) => path.split(".").slice(1).join(".") || path;
  if (locale === "en") return `${head}: ${issues.map((i) => `${field(i.path)} ${i.message}`).join("; ")}`;
  return `${head}：${issues.map((i) => `参数 ${field(i.path)}：${i.message}`).join("；")}`;
}

/**
 * One wrapper for every API route: parses params, query and body with zod (messages in the
 * caller's language), maps AppError codes to statuses in one table, and answers unknown
 * failures with a generic 500 that carries a request id also written to the log.
 */
export function withRoute<P extends z.ZodType = typeof ZEmpty, Q extends z.ZodType = typeof ZEmpty, B extends z.ZodType = typeof ZEmpty>(
  definition: TRouteDefinition<P, Q, B>,
) {
  return async (request: Request, context: TRouteContext): Promise<NextResponse> => {
    const requestId = randomUUID();
    const locale = pickLocale(request.headers.get("accept-language"));
    try {
      const url = new URL(request.url);
      const parsed = [
        safeParseWith(definition.schemas.params, (await context.params) ?? {}, "params", locale),
        safeParseWith(definition.schemas.query, Object.fromEntries(url.searchParams), "query", locale),
        safeParseWith(definition.schemas.body, await readBody(request, locale), "body", locale),
      ] as const;
      const issues = parsed.flatMap((p) => p.issues);
      if (issues.length > 0) throw new InvalidInput(issues);
      const [params, query, body] = parsed.map((p) => p.data) as [z.output<P>, z.output<Q>, z.output<B>];
      const data = await definition.handler({ params, query, body, locale, request, requestId });
      const headers: Record<string, string> = { "x-request-id": requestId };
      if (definition.cacheSeconds) headers["cache-control"] = `public, max-age=0, s-maxage=${definition.cacheSeconds}`;
      return NextResponse.json(data, { headers });
    } catch (error) {
      if (error instanceof InvalidInput) return errorResponse("INVALID", locale, requestId, describeIssues(error.issues, locale), error.issues);
      if (error instanceof AppError) return errorResponse(error.code, locale, requestId, error.text?.[locale]);
      console.error(`[${requestId}] ${request.method} ${request.url}`, error);
      return errorResponse("INTERNAL", locale, requestId);
    }
  };
}
