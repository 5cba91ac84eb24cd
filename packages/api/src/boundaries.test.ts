// The module boundaries are a lint rule (eslint.config.js): this proves the rule, as the repo's
// config sets it for a file in a module, refuses another module's GraphQL files and helpers and
// lets its services and rules through.
import path from "node:path";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const inPoints = path.join(root, "packages/api/src/modules/points/example.type.ts");
const inShared = path.join(root, "packages/api/src/shared/example.ts");
const configs = new Map<string, Linter.Config>();

beforeAll(async () => {
  const eslint = new ESLint({ cwd: root });
  for (const file of [inPoints, inShared]) {
    // The rule as the repo's flat config resolves it for this file (no type information needed to read it).
    const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
    configs.set(file, { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser }, rules: { "no-restricted-imports": config.rules!["no-restricted-imports"]! } });
  }
}, 60_000);

function lint(file: string, code: string) {
  return new Linter({ configType: "flat", cwd: root }).verify(code, [configs.get(file)!], file).map((m) => m.message);
}

describe("module boundaries (eslint no-restricted-imports)", () => {
  it("refuses another module's GraphQL types and helpers", () => {
    for (const source of [
      "../community/resident.type.js",
      "../notices/notice.type.js",
      "../projects/project.mutations.js",
      "../projects/project.access.js",
      "../community/community.validation.js",
      "../../modules/deliberation/enums.type.js",
    ]) {
      const messages = lint(inPoints, `import { X } from "${source}";\nexport const y = X;\n`);
      expect(messages, source).toHaveLength(1);
      expect(messages[0]).toMatch(/services \(\*\.service\.ts\) and rules/);
    }
  });

  it("lets through another module's services and rules, the module's own files and shared/", () => {
    for (const source of [
      "../notices/notice.service.js",
      "../notices/notice.rules.js",
      "../projects/rules.js",
      "./claim.type.js",
      "./access.js",
      "../../shared/service.js",
      "../../builder.js",
    ]) {
      expect(lint(inPoints, `import { X } from "${source}";\nexport const y = X;\n`), source).toEqual([]);
    }
  });

  it("keeps shared/ free of modules", () => {
    expect(lint(inShared, `import { X } from "../modules/points/claim.service.js";\nexport const y = X;\n`)).toHaveLength(1);
  });
});
