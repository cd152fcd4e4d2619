import { createTranslator } from "next-intl";
import { z } from "zod";
import { ZCodeParams, ZDepartmentRef, ZErrorBody, ZSectionRef, ZYearQuery } from "../../contracts/common";
import { ZFigureWithHistory } from "../../contracts/entry";
import { ZExport, ZExportFigure, ZExportIndicator, ZExportQuery } from "../../contracts/export";
import { ZFigure, ZFigureParams, ZFigureQuery, ZLockBody, ZPeriodLock, ZPeriodParams, ZPutFigureBody, ZReturnBody, ZReviewBody } from "../../contracts/figures";
import { ZImportErrorBody, ZImportForm, ZImportResult, ZTemplateQuery } from "../../contracts/imports";
import { ZBaseline, ZIndicator, ZIndicatorDetail, ZIndicatorList, ZPublishedFigure, ZTarget } from "../../contracts/indicators";
import { ZOpenApiDocument, type TOpenApiDocument } from "../../contracts/openapi";
import { ZIndicatorProgress, ZProgressList, ZProgressQuery, ZProgressRow } from "../../contracts/progress";
import { ZResult, ZResultList, ZResultsQuery } from "../../contracts/results";
import { ZMilestone, ZTask, ZTaskList, ZTaskListQuery } from "../../contracts/tasks";
import en from "../../i18n/messages/en";
import zh from "../../i18n/messages/zh-CN";

export const API_BASE = "/api/v1";

export const OPERATION_TAGS = ["public", "openData", "figures", "periods", "imports"] as const;
export type TOperationTag = (typeof OPERATION_TAGS)[number];
export type TOperationId = keyof typeof en.ApiDocs.operations;

type TObjectSchema = z.ZodObject;

interface TOperationSpec {
  id: TOperationId;
  method: "get" | "put" | "post";
  path: string;
  tag: TOperationTag;
  /** A signed-in session or an API token. */
  auth?: true;
  params?: TObjectSchema;
  query?: TObjectSchema;
  body?: { schema: z.ZodType; mediaType?: "application/json" | "multipart/form-data" };
  /** A registered schema for JSON; a media type alone for a file. */
  response: z.ZodType | { mediaType: string };
  errors: number[];
}

/**
 * Responses (and the objects they share) and request bodies by name: components/schemas, each
 * referenced wherever it is used rather than repeated.
 */
const RESPONSES = {
  SectionRef: ZSectionRef,
  DepartmentRef: ZDepartmentRef,
  Target: ZTarget,
  Baseline: ZBaseline,
  Indicator: ZIndicator,
  PublishedFigure: ZPublishedFigure,
  Result: ZResult,
  Milestone: ZMilestone,
  Task: ZTask,
  ProgressRow: ZProgressRow,
  ExportFigure: ZExportFigure,
  ExportIndicator: ZExportIndicator,
  IndicatorList: ZIndicatorList,
  IndicatorDetail: ZIndicatorDetail,
  ResultList: ZResultList,
  TaskList: ZTaskList,
  ProgressList: ZProgressList,
  IndicatorProgress: ZIndicatorProgress,
  Export: ZExport,
  OpenApiDocument: ZOpenApiDocument,
  FigureWithHistory: ZFigureWithHistory,
  Figure: ZFigure,
  PeriodLock: ZPeriodLock,
  ImportResult: ZImportResult,
  ImportErrorBody: ZImportErrorBody,
  ErrorBody: ZErrorBody,
} satisfies Record<string, z.ZodType>;
const BODIES = { PutFigureBody: ZPutFigureBody, ReviewBody: ZReviewBody, ReturnBody: ZReturnBody, LockBody: ZLockBody, ImportForm: ZImportForm } satisfies Record<string, z.ZodType>;

const READ_ERRORS = [400, 405, 429];
const WRITE_ERRORS = [400, 401, 403, 404, 405, 409, 413, 423, 429];
const FIGURE = `${API_BASE}/figures/{code}/{period}`;

/** Every endpoint of PRODUCT.md §4, with the contracts its route parses and answers with. */
export const OPERATIONS: readonly TOperationSpec[] = [
  { id: "listIndicators", method: "get", path: `${API_BASE}/indicators`, tag: "public", query: ZYearQuery, response: ZIndicatorList, errors: READ_ERRORS },
  { id: "getIndicator", method: "get", path: `${API_BASE}/indicators/{code}`, tag: "public", params: ZCodeParams, query: ZYearQuery, response: ZIndicatorDetail, errors: [...READ_ERRORS, 404] },
  { id: "listResults", method: "get", path: `${API_BASE}/results`, tag: "public", query: ZResultsQuery, response: ZResultList, errors: READ_ERRORS },
  { id: "listTasks", method: "get", path: `${API_BASE}/tasks`, tag: "public", query: ZTaskListQuery, response: ZTaskList, errors: READ_ERRORS },
  { id: "getProgress", method: "get", path: `${API_BASE}/progress`, tag: "public", query: ZProgressQuery, response: ZProgressList, errors: READ_ERRORS },
  { id: "getIndicatorProgress", method: "get", path: `${API_BASE}/indicators/{code}/progress`, tag: "public", params: ZCodeParams, query: ZYearQuery, response: ZIndicatorProgress, errors: [...READ_ERRORS, 404] },
  { id: "exportCsv", method: "get", path: `${API_BASE}/export.csv`, tag: "openData", query: ZExportQuery, response: { mediaType: "text/csv" }, errors: [...READ_ERRORS, 404] },
  { id: "exportJson", method: "get", path: `${API_BASE}/export.json`, tag: "openData", query: ZExportQuery, response: ZExport, errors: [...READ_ERRORS, 404] },
  { id: "getOpenApi", method: "get", path: `${API_BASE}/openapi.json`, tag: "openData", response: ZOpenApiDocument, errors: [405, 429] },
  { id: "getFigure", method: "get", path: FIGURE, tag: "figures", auth: true, params: ZFigureParams, query: ZFigureQuery, response: ZFigureWithHistory, errors: [400, 401, 403, 404, 405, 429] },
  { id: "putFigure", method: "put", path: FIGURE, tag: "figures", auth: true, params: ZFigureParams, query: ZFigureQuery, body: { schema: ZPutFigureBody }, response: ZFigure, errors: WRITE_ERRORS },
  { id: "submitFigure", method: "post", path: `${FIGURE}/submit`, tag: "figures", auth: true, params: ZFigureParams, query: ZFigureQuery, body: { schema: ZReviewBody }, response: ZFigure, errors: WRITE_ERRORS },
  { id: "approveFigure", method: "post", path: `${FIGURE}/approve`, tag: "figures", auth: true, params: ZFigureParams, query: ZFigureQuery, body: { schema: ZReviewBody }, response: ZFigure, errors: WRITE_ERRORS },
  { id: "returnFigure", method: "post", path: `${FIGURE}/return`, tag: "figures", auth: true, params: ZFigureParams, query: ZFigureQuery, body: { schema: ZReturnBody }, response: ZFigure, errors: WRITE_ERRORS },
  { id: "lockPeriod", method: "post", path: `${API_BASE}/periods/{period}/lock`, tag: "periods", auth: true, params: ZPeriodParams, body: { schema: ZLockBody }, response: ZPeriodLock, errors: [400, 401, 403, 404, 405, 409, 413, 429] },
  { id: "unlockPeriod", method: "post", path: `${API_BASE}/periods/{period}/unlock`, tag: "periods", auth: true, params: ZPeriodParams, body: { schema: ZLockBody }, response: ZPeriodLock, errors: [400, 401, 403, 404, 405, 409, 413, 429] },
  {
    id: "getImportTemplate",
    method: "get",
    path: `${API_BASE}/imports/template`,
    tag: "imports",
    auth: true,
    query: ZTemplateQuery,
    response: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    errors: [400, 401, 403, 404, 405, 429],
  },
  {
    id: "postImport",
    method: "post",
    path: `${API_BASE}/imports`,
    tag: "imports",
    auth: true,
    body: { schema: ZImportForm, mediaType: "multipart/form-data" },
    response: ZImportResult,
    errors: [400, 401, 403, 405, 409, 413, 423, 429],
  },
];

type TJsonSchema = Record<string, unknown>;

const JSON_SCHEMA_OPTIONS = { target: "draft-2020-12", unrepresentable: "any" } as const;

/** Named schemas as components, each reference to another named one a `$ref`. */
function componentSchemas(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, TJsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...JSON_SCHEMA_OPTIONS, io, uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema as TJsonSchema]));
}

function nameOf(schema: z.ZodType, named: Record<string, z.ZodType>): string {
  const found = Object.entries(named).find(([, s]) => s === schema);
  if (!found) throw new Error("An operation uses a schema that is not a named component");
  return found[0];
}

function ref(name: string): TJsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

function parameters(spec: TOperationSpec, describe: (name: string) => { en: string; zh: string }): TJsonSchema[] {
  const list = (where: "path" | "query", schema: TObjectSchema | undefined) =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const text = describe(name);
      const { $schema: _schema, ...fieldSchema } = z.toJSONSchema(field as z.ZodType, { ...JSON_SCHEMA_OPTIONS, io: "output" });
      return {
        name,
        in: where,
        required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
        description: text.en,
        "x-description-zh": text.zh,
        schema: fieldSchema,
      };
    });
  return [...list("path", spec.params), ...list("query", spec.query)];
}

const STATUS_KEYS = ["200", "400", "401", "403", "404", "405", "409", "413", "423", "429"] as const;
type TStatusKey = (typeof STATUS_KEYS)[number];

function asStatus(status: number): TStatusKey {
  const key = String(status);
  if (!(STATUS_KEYS as readonly string[]).includes(key)) throw new Error(`No description for status ${key}`);
  return key as TStatusKey;
}

/**
 * The OpenAPI 3.1 document, generated from the zod contracts the routes parse and answer with
 * (zod 4's own z.toJSONSchema, whose draft 2020-12 output is OpenAPI 3.1's schema dialect), with
 * the descriptions of the message catalogue: English in the document, Chinese beside it in `x-…-zh`.
 */
export function buildOpenApiDocument(): TOpenApiDocument {
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "ApiDocs" });
  const tZh = createTranslator({ locale: "zh-CN", messages: zh, namespace: "ApiDocs" });
  // Keys are built from operation ids, tags, parameter names and statuses, each listed in the
  // catalogue (a test looks every one up): the messages they name take no arguments.
  const both = (key: string) => ({ en: tEn(key as "title"), zh: tZh(key as "title") });
  const describeParam = (name: string) => both(`params.${name}`);
  const security = [{ sessionCookie: [] }, { bearerToken: [] }];

  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of OPERATIONS) {
    const summary = both(`operations.${spec.id}.summary`);
    const description = both(`operations.${spec.id}.description`);
    const ok = spec.response instanceof z.ZodType ? { "application/json": { schema: ref(nameOf(spec.response, RESPONSES)) } } : { [spec.response.mediaType]: { schema: { type: "string", contentMediaType: spec.response.mediaType } } };
    const errorSchema = (status: number) => (spec.id === "postImport" && status === 400 ? ref("ImportErrorBody") : ref("ErrorBody"));
    const responses = Object.fromEntries([
      ["200", { description: tEn("statuses.200"), content: ok }],
      ...spec.errors.map((status) => {
        const text = both(`statuses.${asStatus(status)}`);
        return [String(status), { description: text.en, "x-description-zh": text.zh, content: { "application/json": { schema: errorSchema(status) } } }];
      }),
    ]);
    paths[spec.path] ??= {};
    paths[spec.path]![spec.method] = {
      operationId: spec.id,
      tags: [spec.tag],
      summary: summary.en,
      "x-summary-zh": summary.zh,
      description: description.en,
      "x-description-zh": description.zh,
      parameters: parameters(spec, describeParam),
      ...(spec.body ? { requestBody: { required: true, content: { [spec.body.mediaType ?? "application/json"]: { schema: ref(nameOf(spec.body.schema, BODIES)) } } } } : {}),
      responses,
      security: spec.auth ? security : [],
    };
  }

  const info = both("info.description");
  return {
    openapi: "3.1.0",
    info: { title: tEn("info.title"), "x-title-zh": tZh("info.title"), version: "1", description: info.en, "x-description-zh": info.zh },
    servers: [{ url: "/" }],
    tags: OPERATION_TAGS.map((tag) => {
      const name = both(`tags.${tag}`);
      return { name: tag, description: name.en, "x-description-zh": name.zh };
    }),
    paths,
    components: {
      schemas: { ...componentSchemas(RESPONSES, "output"), ...componentSchemas(BODIES, "input") },
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "siping.session_token", description: tEn("security.sessionCookie"), "x-description-zh": tZh("security.sessionCookie") },
        bearerToken: { type: "http", scheme: "bearer", description: tEn("security.bearerToken"), "x-description-zh": tZh("security.bearerToken") },
      },
    },
  };
}
