import { AppError } from "@/lib/server/errors";
import { withRoute } from "@/lib/server/http/route";

/** Any other path under /api/v1 answers a JSON 404 rather than the HTML not-found page. */
const notFound = withRoute({
  schemas: {},
  handler: async ({ request }) => {
    const path = new URL(request.url).pathname;
    throw new AppError("NOT_FOUND", { "zh-CN": `接口不存在：${path}`, en: `No such endpoint: ${path}` });
  },
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as DELETE, notFound as PATCH };
