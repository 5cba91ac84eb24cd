import { defineConfig } from "vitest/config";

// One test command for the whole repo: `pnpm test` runs every project.
export default defineConfig({
  test: {
    projects: [
      "packages/api/vitest.config.ts",
      "packages/web/vitest.config.ts",
      "tests/api/vitest.config.ts",
      "tests/e2e/vitest.config.ts",
    ],
  },
});
