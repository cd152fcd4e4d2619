import type { TOpenApiDocument } from "@/lib/contracts/openapi";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";
import { buildOpenApiDocument } from "@/lib/server/public/openapi";

/** The document depends on the code alone: built once per process. */
let document: TOpenApiDocument | undefined;

/** The OpenAPI 3.1 document of this API, generated from the zod contracts the routes use. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: withRoute({
    schemas: {},
    isPublic: true,
    handler: async (): Promise<TOpenApiDocument> => (document ??= buildOpenApiDocument()),
  }),
});
