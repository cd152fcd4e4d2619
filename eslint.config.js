import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SERVER_ONLY = [
  { group: ["**/lib/server/**", "@/lib/server/**", "**/server/**"], message: "Server code stays on the server (lib/server)." },
  { group: ["@prisma/*", "pg", "**/db/generated/**"], message: "Only lib/server talks to the database." },
];

/** Dependencies point one way: app → lib/client | lib/server → lib/contracts | lib/progress. */
const boundaries = [
  {
    files: ["lib/contracts/**/*.ts", "lib/progress/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...SERVER_ONLY,
            { group: ["**/client/**", "@/lib/client/**", "**/app/**", "@/app/**"], message: "Contracts and the progress engine depend on nothing of the app." },
            { group: ["next", "next/*", "react", "react-dom", "node:*"], message: "Contracts and the progress engine are pure: no framework, no I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/client/**/*.{ts,tsx}", "lib/format/**/*.ts", "lib/i18n/**/*.ts", "**/*.client.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: SERVER_ONLY }] },
  },
  {
    files: ["lib/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/app/**", "@/app/**", "**/lib/client/**", "@/lib/client/**"], message: "lib/server does not depend on the app or client code." }] },
      ],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...boundaries,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "lib/server/db/generated/**", "next-env.d.ts", "coverage/**"]),
]);
