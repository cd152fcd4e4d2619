import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-db.ts"],
    setupFiles: ["tests/support/worker-env.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
