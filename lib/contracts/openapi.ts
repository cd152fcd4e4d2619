import { z } from "zod";

/** `GET /api/v1/openapi.json`: an OpenAPI 3.1 document; its parts are checked by the tests, not here. */
export const ZOpenApiDocument = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()), securitySchemes: z.record(z.string(), z.unknown()) }),
});
export type TOpenApiDocument = z.infer<typeof ZOpenApiDocument>;
