import { defineConfig } from "vitest/config";

// Whole user journeys in headless Chromium against the real product (`pnpm start`'s server on a
// fresh embedded database with the demo data). Needs the built SPA: `pnpm build` first.
export default defineConfig({
  test: {
    name: "e2e",
    sequence: { groupOrder: 3 },
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    environment: "node",
    globalSetup: ["./global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
