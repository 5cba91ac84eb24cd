// `pnpm --filter @gongzhi/schema check`: regenerate what is derived from schema.graphql (the gql.tada
// introspection and src/typeInfo.ts) into memory or a temporary file, and fail when the checked-in
// files differ from it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateOutput } from "@gql.tada/cli-utils";
import { renderTypeInfo, TYPE_INFO_FILE } from "./type-info.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (file) => readFile(file, "utf8").catch(() => "");

const dir = await mkdtemp(path.join(tmpdir(), "gongzhi-schema-"));
try {
  const fresh = path.join(dir, "graphql-env.d.ts");
  await generateOutput({ output: fresh, tsconfig: path.join(root, "tsconfig.json"), silent: true });
  const stale = [];
  if ((await read(fresh)) !== (await read(path.join(root, "src", "graphql-env.d.ts")))) stale.push("src/graphql-env.d.ts");
  if ((await renderTypeInfo()) !== (await read(TYPE_INFO_FILE))) stale.push("src/typeInfo.ts");
  if (stale.length > 0) {
    console.error(`packages/schema: ${stale.join(", ")} ${stale.length > 1 ? "are" : "is"} stale: run \`pnpm schema:print\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log("packages/schema: graphql-env.d.ts and typeInfo.ts match schema.graphql.");
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
