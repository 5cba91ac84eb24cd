import { defineConfig } from "vitest/config";

// Unit tests beside the code (service rules, validation, authz). Database-backed API tests live in tests/api.
export default defineConfig({
  test: {
    name: "api",
    sequence: { groupOrder: 0 },
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
