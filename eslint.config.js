// One lint for every package. Rules here are decisions the house made (ARCHITECTURE.md, "Lint what you decide").
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/generated/**",
      "data/**",
      "tests/.tmp/**",
      "packages/schema/src/graphql-env.d.ts",
      "prisma/scripts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.ts"] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // env.ts is the only reader of process.env in the API.
    files: ["packages/api/src/**/*.ts"],
    ignores: ["packages/api/src/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration from env.ts." }],
    },
  },
  {
    // Modules talk through services, never through each other's GraphQL files; shared/ imports no module.
    files: ["packages/api/src/shared/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../modules/*"], message: "shared/ must not depend on a module." }] }] },
  },
  {
    // The SPA depends on the contract (@gongzhi/schema), never on the API's code.
    files: ["packages/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@gongzhi/api", "@gongzhi/api/*", "**/packages/api/**"], message: "web depends on @gongzhi/schema only." }] }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
