// Writes src/typeInfo.ts from schema.graphql: what a normalized client cache needs to know about
// the contract: a minified introspection (types, fields, the members of unions and interfaces, so
// fragments on union members match deterministically) and the object types that have no `id`
// (embedded in their parent rather than keyed).
// `node scripts/type-info.mjs` writes the file; `renderTypeInfo()` is used by the freshness check.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minifyIntrospectionQuery } from "@urql/introspection";
import { buildSchema, introspectionFromSchema, isIntrospectionType, isObjectType } from "graphql";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TYPE_INFO_FILE = path.join(root, "src", "typeInfo.ts");

export async function renderTypeInfo() {
  const schema = buildSchema(await readFile(path.join(root, "schema.graphql"), "utf8"));
  const named = Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t))
    .sort((a, b) => a.name.localeCompare(b.name));
  const minified = minifyIntrospectionQuery(introspectionFromSchema(schema), { includeScalars: false, includeEnums: false, includeInputs: false, includeDirectives: false });
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const keylessTypes = named.filter((t) => isObjectType(t) && !roots.has(t.name) && !("id" in t.getFields())).map((t) => t.name);
  return [
    "// Generated from schema.graphql by scripts/type-info.mjs (`pnpm --filter @gongzhi/schema generate`); do not edit.",
    "",
    "/** The output types of the contract, minified for @urql/exchange-graphcache's `schema` option. */",
    "export const cacheSchema: {",
    "  __schema: { queryType: { name: string; kind?: string }; mutationType: { name: string; kind?: string } | null; subscriptionType: { name: string; kind?: string } | null; types: readonly unknown[]; directives?: readonly unknown[] };",
    `} = ${JSON.stringify(minified)};`,
    "",
    "/** Object types without an `id`: connections, edges, mutation payloads, errors. */",
    `export const keylessTypes: readonly string[] = ${JSON.stringify(keylessTypes, null, 2)};`,
    "",
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(TYPE_INFO_FILE, await renderTypeInfo());
  console.log(`✓ ${path.relative(process.cwd(), TYPE_INFO_FILE)} was generated`);
}
