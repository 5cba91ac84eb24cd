import { defineConfig } from "vitest/config";

// One test command for the whole repo: `pnpm test` runs every project.
export default defineConfig({
  test: {
    // api (unit), web (components, msw), api-integration (yoga.fetch on PGlite/PostgreSQL), e2e (Chromium)
    projects: ["packages/*/vitest.config.ts", "tests/*/vitest.config.ts"],
  },
});
