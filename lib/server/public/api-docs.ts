import type { TOpenApiDocument } from "../../contracts/openapi";
import type { TLocale } from "../../i18n/locale";
import { OPERATION_TAGS, type TOperationTag } from "./openapi";

type TSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: TSchema;
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  properties?: Record<string, TSchema>;
  required?: string[];
  default?: unknown;
  additionalProperties?: TSchema | boolean;
  contentMediaType?: string;
  format?: string;
};

/** A type as the reference page prints it: JSON types, component names, `[]` for lists. */
export interface TTypeText {
  text: string;
  nullable: boolean;
  values: string[] | null;
  defaultValue: string | null;
}

export interface TFieldRow {
  name: string;
  type: TTypeText;
  required: boolean;
}

export interface TParameterRow extends TFieldRow {
  in: "path" | "query";
  description: string;
}

export interface TOperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  auth: boolean;
  parameters: TParameterRow[];
  body: { mediaType: string; fields: TFieldRow[] } | null;
  response: { status: string; mediaType: string; fields: TFieldRow[] | null };
  errors: { status: string; description: string }[];
}

export interface TOperationGroup {
  tag: TOperationTag;
  title: string;
  operations: TOperationView[];
}

type TOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  "x-summary-zh": string;
  description: string;
  "x-description-zh": string;
  parameters: { name: string; in: "path" | "query"; required: boolean; description: string; "x-description-zh": string; schema: TSchema }[];
  requestBody?: { content: Record<string, { schema: TSchema }> };
  responses: Record<string, { description: string; "x-description-zh"?: string; content?: Record<string, { schema: TSchema }> }>;
  security: unknown[];
};

/** How deep nested objects are listed: a list's items and their fields, not further. */
const MAX_DEPTH = 2;

function refName(ref: string): string {
  return ref.split("/").pop() ?? ref;
}

function resolve(doc: TOpenApiDocument, schema: TSchema): TSchema {
  return schema.$ref ? ((doc.components.schemas[refName(schema.$ref)] as TSchema | undefined) ?? {}) : schema;
}

export function typeText(schema: TSchema): TTypeText {
  const variants = schema.anyOf ?? schema.oneOf;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes("null") || (variants?.some((v) => v.type === "null") ?? false);
  const values = schema.enum ? schema.enum.map(String) : schema.const !== undefined ? [String(schema.const)] : null;
  const defaultValue = schema.default === undefined ? null : String(schema.default);
  let text: string;
  if (schema.$ref) text = refName(schema.$ref);
  else if (variants) text = variants.filter((v) => v.type !== "null").map((v) => typeText(v).text).join(" | ");
  else if (types.includes("array")) text = `${schema.items ? typeText(schema.items).text : "unknown"}[]`;
  else if (schema.contentMediaType || schema.format === "binary") text = "file";
  else text = types.filter((t) => t !== "null").join(" | ") || "any";
  return { text, nullable, values, defaultValue };
}

/** The fields of an object schema, nested ones as `parent.child` and list items as `list[].child`. */
export function fieldRows(doc: TOpenApiDocument, schema: TSchema, prefix = "", depth = 0): TFieldRow[] {
  const object = resolve(doc, schema);
  const rows: TFieldRow[] = [];
  for (const [name, field] of Object.entries(object.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ name: path, type: typeText(field), required: object.required?.includes(name) ?? false });
    if (depth + 1 >= MAX_DEPTH) continue;
    const plain = (field.anyOf ?? []).find((v) => v.type !== "null") ?? field;
    const item = plain.type === "array" || (Array.isArray(plain.type) && plain.type.includes("array")) ? plain.items : undefined;
    if (item) rows.push(...fieldRows(doc, item, `${path}[].`, depth + 1));
    else if (plain.$ref || plain.properties) rows.push(...fieldRows(doc, plain, `${path}.`, depth + 1));
  }
  return rows;
}

function viewOf(doc: TOpenApiDocument, path: string, method: string, op: TOperation, locale: TLocale): TOperationView {
  const zh = locale === "zh-CN";
  const [bodyType, body] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  const ok = op.responses["200"];
  const [okType, okContent] = Object.entries(ok?.content ?? {})[0] ?? ["application/json", undefined];
  return {
    id: op.operationId,
    method: method.toUpperCase(),
    path,
    summary: zh ? op["x-summary-zh"] : op.summary,
    description: zh ? op["x-description-zh"] : op.description,
    auth: op.security.length > 0,
    parameters: op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      type: typeText(p.schema),
      description: zh ? p["x-description-zh"] : p.description,
    })),
    body: body && bodyType ? { mediaType: bodyType, fields: fieldRows(doc, body.schema) } : null,
    response: { status: "200", mediaType: okType, fields: okType === "application/json" && okContent ? fieldRows(doc, okContent.schema) : null },
    errors: Object.entries(op.responses)
      .filter(([status]) => status !== "200")
      .map(([status, r]) => ({ status, description: zh ? (r["x-description-zh"] ?? r.description) : r.description })),
  };
}

/** The document's operations grouped by tag, in the reader's language (Chinese from the `x-…-zh` fields). */
export function describeOperations(doc: TOpenApiDocument, locale: TLocale): TOperationGroup[] {
  const tags = (doc.tags ?? []) as { name: TOperationTag; description: string; "x-description-zh": string }[];
  const views: (TOperationView & { tag: string })[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods as Record<string, TOperation>)) views.push({ ...viewOf(doc, path, method, op, locale), tag: op.tags[0] ?? "" });
  }
  return OPERATION_TAGS.map((tag) => {
    const meta = tags.find((t) => t.name === tag);
    return {
      tag,
      title: meta ? (locale === "zh-CN" ? meta["x-description-zh"] : meta.description) : tag,
      operations: views.filter((v) => v.tag === tag).map(({ tag: _tag, ...view }) => view),
    };
  });
}
