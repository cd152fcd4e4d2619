import { defineConfig } from "prisma/config";

// The CLI is used only for `generate`: migrations are applied by lib/server/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
