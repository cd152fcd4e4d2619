import { AppError } from "@/lib/server/errors";
import { defineRoutes } from "@/lib/server/http/methods";
import { withRoute } from "@/lib/server/http/route";

/** Any other path under /api/v1 answers a JSON 404 rather than the HTML not-found page, whatever the method. */
const notFound = withRoute({
  schemas: {},
  handler: async ({ request }) => {
    const path = new URL(request.url).pathname;
    throw new AppError("NOT_FOUND", { "zh-CN": `接口不存在：${path}`, en: `No such endpoint: ${path}` });
  },
});

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes({
  GET: notFound,
  HEAD: notFound,
  POST: notFound,
  PUT: notFound,
  PATCH: notFound,
  DELETE: notFound,
  OPTIONS: notFound,
});
