import { Ajv2020 } from "ajv/dist/2020.js";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { ZOpenApiDocument, type TOpenApiDocument } from "@/lib/contracts/openapi";
import { disconnectDb } from "@/lib/server/db/client";
import type { TRouteHandler } from "@/lib/server/http/route";
import { describeOperations } from "@/lib/server/public/api-docs";
import { buildOpenApiDocument, OPERATIONS } from "@/lib/server/public/openapi";
import { callRoute } from "../support/request";

afterAll(disconnectDb);

/** PRODUCT.md §4, endpoint by endpoint. */
const PRODUCT_ENDPOINTS = [
  "get /api/v1/indicators",
  "get /api/v1/indicators/{code}",
  "get /api/v1/results",
  "get /api/v1/tasks",
  "get /api/v1/progress",
  "get /api/v1/indicators/{code}/progress",
  "put /api/v1/figures/{code}/{period}",
  "post /api/v1/figures/{code}/{period}/submit",
  "post /api/v1/figures/{code}/{period}/approve",
  "post /api/v1/figures/{code}/{period}/return",
  "post /api/v1/periods/{period}/lock",
  "post /api/v1/periods/{period}/unlock",
  "get /api/v1/imports/template",
  "post /api/v1/imports",
  "get /api/v1/export.csv",
  "get /api/v1/export.json",
  "get /api/v1/openapi.json",
];

type TOperation = {
  operationId: string;
  summary: string;
  "x-summary-zh": string;
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  security: Record<string, string[]>[];
};

const DOC_ID = "https://siping.test/openapi.json";

async function servedDocument(): Promise<TOpenApiDocument> {
  const res = await callRoute(getOpenApi, "/api/v1/openapi.json");
  expect(res.status).toBe(200);
  return ZOpenApiDocument.parse(res.body);
}

function operation(doc: TOpenApiDocument, method: string, route: string): TOperation {
  const found = doc.paths[route]?.[method] as TOperation | undefined;
  if (!found) throw new Error(`${method} ${route} is not in the document`);
  return found;
}

/** A validator for the JSON schema of one documented response, with the document's components. */
function responseValidator(doc: TOpenApiDocument, method: string, route: string, status: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { date: true, binary: true } });
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
  const ref = operation(doc, method, route).responses[status]?.content?.["application/json"]?.schema.$ref;
  if (!ref) throw new Error(`${method} ${route} ${status} has no JSON schema`);
  return ajv.compile({ $ref: `${DOC_ID}${ref}` });
}

/** The route module answering a documented path: app/api/v1/indicators/{code} → app/api/v1/indicators/[code]/route.ts. */
async function routeModule(route: string): Promise<Record<string, TRouteHandler>> {
  const file = path.resolve(import.meta.dirname, "../../app", `.${route.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");
  return (await import(pathToFileURL(file).href)) as Record<string, TRouteHandler>;
}

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document generated from the contracts, the same on every request", async () => {
    const doc = await servedDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument()))).toEqual(doc);
  });

  it("documents every endpoint of PRODUCT.md §4, each answered by a route file that accepts the method", async () => {
    const doc = await servedDocument();
    const documented = Object.entries(doc.paths).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m} ${route}`));
    for (const endpoint of PRODUCT_ENDPOINTS) expect(documented, endpoint).toContain(endpoint);
    for (const endpoint of documented) {
      const [method, route] = endpoint.split(" ") as [string, string];
      const options = await routeModule(route).then((m) => m.OPTIONS!(new Request(`http://localhost${route}`, { method: "OPTIONS" }), {}));
      expect(options.headers.get("allow")?.split(", "), endpoint).toContain(method.toUpperCase());
    }
  });

  it("describes each operation in both languages, its parameters, its errors in the one error shape, and who may call it", async () => {
    const doc = await servedDocument();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    for (const spec of OPERATIONS) {
      const op = operation(doc, spec.method, spec.path);
      expect(op.operationId).toBe(spec.id);
      expect(op.summary, spec.id).not.toMatch(/^ApiDocs\.|^operations\./);
      expect(op["x-summary-zh"], spec.id).toMatch(/[\u4e00-\u9fff]/);
      const pathNames = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name), spec.id).toEqual(pathNames);
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith("4")) expect(response.content?.["application/json"]?.schema.$ref, `${spec.id} ${status}`).toMatch(/ErrorBody$/);
      }
      expect(op.security.flatMap((s) => Object.keys(s)).sort(), spec.id).toEqual(spec.auth ? ["bearerToken", "sessionCookie"] : []);
    }
    expect(operation(doc, "get", "/api/v1/progress").parameters.map((p) => [p.name, p.required])).toEqual([
      ["year", false],
      ["asOf", false],
    ]);
    expect(operation(doc, "get", "/api/v1/imports/template").parameters.every((p) => p.required)).toBe(true);
  });
});

describe("the document is true of the live public API", () => {
  const READS: [route: string, url: string, params?: Record<string, string>][] = [
    ["/api/v1/indicators", "/api/v1/indicators?year=2020"],
    ["/api/v1/indicators/{code}", "/api/v1/indicators/gdp-growth?year=2020", { code: "gdp-growth" }],
    ["/api/v1/indicators/{code}", "/api/v1/indicators/rural-scenic-byway-per-county?year=2020", { code: "rural-scenic-byway-per-county" }],
    ["/api/v1/results", "/api/v1/results?year=2019"],
    ["/api/v1/tasks", "/api/v1/tasks?year=2020&asOf=2020-09-30"],
    ["/api/v1/progress", "/api/v1/progress?year=2020&asOf=2020-06"],
    ["/api/v1/indicators/{code}/progress", "/api/v1/indicators/afforestation/progress?year=2020", { code: "afforestation" }],
    ["/api/v1/export.json", "/api/v1/export.json?year=2020"],
    ["/api/v1/openapi.json", "/api/v1/openapi.json"],
  ];

  it.each(READS)("GET %s (%s) answers what its 200 schema says", async (route, url, params) => {
    const doc = await servedDocument();
    const res = await callRoute((await routeModule(route)).GET!, url, { params });
    expect(res.status).toBe(200);
    const validate = responseValidator(doc, "get", route, "200");
    expect(validate(res.body) ? [] : validate.errors).toEqual([]);
  });

  it("answers errors in the documented error shape", async () => {
    const doc = await servedDocument();
    const cases: [route: string, url: string, status: string, params?: Record<string, string>][] = [
      ["/api/v1/indicators", "/api/v1/indicators?year=abc", "400"],
      ["/api/v1/export.json", "/api/v1/export.json?year=2020&indicator=no-such-indicator", "404"],
      ["/api/v1/indicators/{code}", "/api/v1/indicators/no-such-indicator", "404", { code: "no-such-indicator" }],
    ];
    for (const [route, url, status, params] of cases) {
      const res = await callRoute((await routeModule(route)).GET!, url, { params });
      expect(String(res.status), url).toBe(status);
      const validate = responseValidator(doc, "get", route, status);
      expect(validate(res.body) ? [] : validate.errors, url).toEqual([]);
    }
  });
});

describe("the reference page's reading of the document", () => {
  it("groups every operation under its tag, in each language, with parameters and response fields from the schemas", () => {
    const doc = buildOpenApiDocument();
    for (const locale of ["zh-CN", "en"] as const) {
      const groups = describeOperations(doc, locale);
      expect(groups.flatMap((g) => g.operations.map((o) => o.id)).sort()).toEqual(OPERATIONS.map((o) => o.id).sort());
      const list = groups.find((g) => g.tag === "public")!.operations.find((o) => o.id === "listIndicators")!;
      expect(list.parameters).toMatchObject([{ name: "year", in: "query", required: false, type: { text: "integer", defaultValue: "2020" } }]);
      const fields = new Map(list.response.fields!.map((f) => [f.name, f]));
      expect(fields.get("indicators")?.type.text).toBe("Indicator[]");
      expect(fields.get("indicators[].baseline")).toMatchObject({ required: true, type: { text: "Baseline", nullable: true } });
      expect(fields.get("indicators[].direction")?.type.values).toEqual(["higher_is_better", "lower_is_better"]);
    }
    const csv = describeOperations(doc, "zh-CN").find((g) => g.tag === "openData")!.operations.find((o) => o.id === "exportCsv")!;
    expect(csv).toMatchObject({ summary: "下载 CSV", auth: false, response: { mediaType: "text/csv", fields: null } });
    const put = describeOperations(doc, "en").find((g) => g.tag === "figures")!.operations.find((o) => o.id === "putFigure")!;
    expect(put.auth).toBe(true);
    expect(put.body?.fields.map((f) => f.name)).toEqual(["value", "note", "explanation", "version", "reason"]);
    expect(put.errors.map((e) => e.status)).toContain("409");
  });
});
