// What changed in the contract between two printings of schema.graphql, for CHANGELOG.md:
// graphql-js's findBreakingChanges / findDangerousChanges, plus what was added (types, fields,
// arguments, enum values), which those two do not list.
//   pnpm schema:diff            # the working copy against the last commit (HEAD)
//   pnpm schema:diff <git ref>  # … against any commit, e.g. the last release tag
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, findBreakingChanges, findDangerousChanges, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fieldsOf(type) {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields() : {};
}

/** Everything in `next` that `prev` lacks: types, fields, arguments, enum values. */
function additions(prev, next) {
  const out = [];
  for (const [name, type] of Object.entries(next.getTypeMap())) {
    if (name.startsWith("__")) continue;
    const before = prev.getType(name);
    if (!before) {
      out.push(`Added type \`${name}\`.`);
      continue;
    }
    const old = fieldsOf(before);
    for (const [field, def] of Object.entries(fieldsOf(type))) {
      if (!old[field]) {
        out.push(`Added field \`${name}.${field}\`.`);
        continue;
      }
      for (const arg of def.args ?? []) {
        if (!(old[field].args ?? []).some((a) => a.name === arg.name)) out.push(`Added argument \`${name}.${field}(${arg.name})\`.`);
      }
    }
    if (isEnumType(type) && isEnumType(before)) {
      for (const v of type.getValues()) if (!before.getValue(v.name)) out.push(`Added enum value \`${name}.${v.name}\`.`);
    }
  }
  return out;
}

/** { breaking, dangerous, added }: lines a person can paste into CHANGELOG.md. */
export function contractChanges(prevSdl, nextSdl) {
  const prev = buildSchema(prevSdl);
  const next = buildSchema(nextSdl);
  return {
    breaking: findBreakingChanges(prev, next).map((c) => `${c.description}`),
    dangerous: findDangerousChanges(prev, next).map((c) => `${c.description}`),
    added: additions(prev, next),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const ref = process.argv[2] ?? "HEAD";
  const repo = path.resolve(root, "../..");
  const prevSdl = execFileSync("git", ["show", `${ref}:packages/schema/schema.graphql`], { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 });
  const nextSdl = readFileSync(path.join(root, "schema.graphql"), "utf8");
  const { breaking, dangerous, added } = contractChanges(prevSdl, nextSdl);
  if (breaking.length + dangerous.length + added.length === 0) {
    console.log(`No contract change since ${ref}.`);
  } else {
    for (const line of breaking) console.log(`- **Breaking:** ${line}`);
    for (const line of dangerous) console.log(`- ${line} (may affect clients that switch on every value)`);
    for (const line of added) console.log(`- ${line}`);
  }
}
