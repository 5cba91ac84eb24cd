import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// The hostile-client suite: what a malicious or broken client tries (malformed requests, CSRF,
// oversized input, sign-in races, PII reconstruction, foreign grants, NOT_FOUND parity, double
// publication, money range). Through yoga.fetch on a fresh database per file (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set), and against the real production server where the
// HTTP layer itself is under test. Same graphql alias as tests/api (one GraphQLError class).
const graphqlMain = createRequire(new URL("../../packages/api/package.json", import.meta.url)).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    name: "hostile",
    sequence: { groupOrder: 2 },
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    environment: "node",
    globalSetup: ["../api/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
