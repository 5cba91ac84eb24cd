import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: Prisma's CLI would download its native schema-engine. It runs this stand-in instead,
// which drives @prisma/schema-engine-wasm (from the npm registry) over JS driver adapters.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma/scripts/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // postgres[ql]://... (a PostgreSQL server) or file:<dir> (the embedded PGlite data directory)
    url: process.env.DATABASE_URL ?? "file:./data/pglite",
  },
});
