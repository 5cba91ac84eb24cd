import { defineConfig } from "vitest/config";

// API integration tests through yoga.fetch on a real database: PGlite by default, PostgreSQL
// when TEST_DATABASE_URL is set (CI sets it).
export default defineConfig({
  test: {
    name: "api-integration",
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    environment: "node",
    globalSetup: ["./global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
