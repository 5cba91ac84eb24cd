import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// The API's own `graphql` import must be the module yoga and Pothos load through Node (graphql 16's
// CommonJS main). Left to Vite, the API sources (transformed, not externalized) resolve `graphql`
// through its "module" field to index.mjs: a second copy whose GraphQLError yoga does not
// recognise, so every expected error (UNAUTHENTICATED, validation) would reach the tests masked as
// "Unexpected error." although the server (tsx, Node resolution) sends them as they are.
const graphqlMain = createRequire(new URL("../../packages/api/package.json", import.meta.url)).resolve("graphql");

// API integration tests through yoga.fetch on a real database: PGlite by default, PostgreSQL
// when TEST_DATABASE_URL is set (CI sets it).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    name: "api-integration",
    sequence: { groupOrder: 2 },
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
