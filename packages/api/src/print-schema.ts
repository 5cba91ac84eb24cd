// Prints the schema to packages/schema/schema.graphql; with --check, fails when that file is stale.
import fs from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { repoRoot } from "./env.js";
import { schema } from "./schema.js";

const file = path.join(repoRoot, "packages/schema/schema.graphql");
const header = "# Gongzhi GraphQL contract. Generated from the Pothos schema by `pnpm schema:print`; do not edit.\n\n";
const printed = header + printSchema(lexicographicSortSchema(schema)) + "\n";

if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== printed) {
    console.error("packages/schema/schema.graphql is stale. Run: pnpm schema:print");
    process.exit(1);
  }
  console.log("packages/schema/schema.graphql is current.");
} else {
  fs.writeFileSync(file, printed);
  console.log(`Wrote ${path.relative(repoRoot, file)}`);
}
