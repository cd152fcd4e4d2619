import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data cache of public loaders: shared through Redis when REDIS_URL is set, else in memory.
  cacheHandler: path.resolve(import.meta.dirname, "lib/server/cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // pg, the PGlite socket and exceljs are Node libraries; keep them out of the bundle.
  serverExternalPackages: ["exceljs", "pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
};

export default withNextIntl(nextConfig);
