// One lint for every package. Rules here are decisions the house made (ARCHITECTURE.md, "Lint what you decide").
// `pnpm lint` runs it as two processes, the web package and the rest: typed linting holds a
// TypeScript program per tsconfig in memory, and the SPA's (gql.tada document types) alone takes
// ~3 GB; all four in one process ran out of Node's default 4 GB heap and thrashed for minutes.
import fs from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";

// One GraphQL config for both the contract and the SPA's documents (graphql-eslint keeps the first
// config it loads for the whole run).
const graphQLConfig = { schema: "packages/schema/schema.graphql", documents: "packages/web/src/**/*.{ts,tsx}" };

// Module boundaries in the API (ARCHITECTURE.md, "Lint what you decide"). A module
// (packages/api/src/modules/<m>) may import another module's public surface only: its services
// (*.service.ts) and its rules (rules.ts, *.rules.ts). Never its GraphQL files (*.type.ts,
// *.mutations.ts, *.fields.ts), validation or helpers: a GraphQL type names another module's type
// as a string ("Resident") or by the enum object it is built from, and shared code lives in shared/.
// Chosen: ESLint's own no-restricted-imports with one regex per module, built from the folder
// list below. It is ESLint core (kept with ESLint itself, no plugin or import resolver to keep in
// step with ESLint 10 and typescript-eslint), and every import here is a relative specifier with
// its .js extension, so the specifier alone tells the target module and file. Proof:
// packages/api/src/boundaries.test.ts.
const MODULES_DIR = "packages/api/src/modules";
const PUBLIC_SURFACE = String.raw`(?:[\w.-]+\.service|rules|[\w.-]+\.rules)\.js$`;
const moduleBoundaries = fs
  .readdirSync(path.join(import.meta.dirname, MODULES_DIR), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map(({ name }) => ({
    files: [`${MODULES_DIR}/${name}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // ../<other>/<file>, ../../modules/<other>/<file> or @gongzhi/api/src/modules/<other>/<file>, unless <file> is public.
              regex: String.raw`^(?:\.\./|(?:\.\./)+modules/|@gongzhi/api/src/modules/)(?!${name}/)[a-z][\w-]*/(?!${PUBLIC_SURFACE})`,
              message: `A module imports another module's services (*.service.ts) and rules (rules.ts, *.rules.ts) only; name its GraphQL types by string, and put shared helpers in shared/.`,
            },
          ],
        },
      ],
    },
  }));

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
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../modules/*", "../../modules/*"], message: "shared/ must not depend on a module." }] }] },
  },
  ...moduleBoundaries,
  {
    // The SPA depends on the contract (@gongzhi/schema), never on the API's code.
    files: ["packages/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@gongzhi/api", "@gongzhi/api/*", "**/packages/api/**"], message: "web depends on @gongzhi/schema only." }] }],
    },
  },
  {
    // The SPA's GraphQL documents (gql.tada graphql(`...`) calls) are linted against the contract.
    files: ["packages/web/src/**/*.{ts,tsx}"],
    processor: graphqlPlugin.processor,
  },
  {
    files: ["packages/web/src/**/*.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      "@graphql-eslint/known-type-names": "error",
      "@graphql-eslint/fields-on-correct-type": "error",
      "@graphql-eslint/known-argument-names": "error",
      "@graphql-eslint/known-fragment-names": "error",
      "@graphql-eslint/no-undefined-variables": "error",
      "@graphql-eslint/no-unused-variables": "error",
      "@graphql-eslint/no-unused-fragments": "error",
      "@graphql-eslint/unique-fragment-name": "error",
      "@graphql-eslint/unique-operation-name": "error",
      "@graphql-eslint/no-anonymous-operations": "error",
      "@graphql-eslint/scalar-leafs": "error",
      "@graphql-eslint/variables-are-input-types": "error",
      "@graphql-eslint/possible-type-extension": "off",
      // The convention (packages/web/README.md): operations are PascalCase and named for what they
      // do (no Query/Mutation affixes); fragments are PascalCase. gql.tada's @_unmask is allowed.
      "@graphql-eslint/naming-convention": [
        "error",
        {
          allowLeadingUnderscore: true,
          OperationDefinition: { style: "PascalCase", forbiddenPrefixes: ["Query", "Mutation", "Subscription", "Get"], forbiddenSuffixes: ["Query", "Mutation", "Subscription"] },
          FragmentDefinition: { style: "PascalCase", forbiddenPrefixes: ["Fragment"], forbiddenSuffixes: ["Fragment"] },
        },
      ],
    },
  },
  {
    // The printed contract: the names third-party apps see follow one style.
    files: ["packages/schema/schema.graphql"],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      "@graphql-eslint/known-type-names": "error",
      "@graphql-eslint/unique-field-definition-names": "error",
      "@graphql-eslint/unique-enum-value-names": "error",
      "@graphql-eslint/require-deprecation-reason": "error",
      "@graphql-eslint/relay-page-info": "error",
      "@graphql-eslint/relay-connection-types": "error",
      "@graphql-eslint/no-unreachable-types": "error",
      "@graphql-eslint/naming-convention": [
        "error",
        {
          types: "PascalCase",
          FieldDefinition: "camelCase",
          InputValueDefinition: "camelCase",
          EnumValueDefinition: "UPPER_CASE",
          Argument: "camelCase",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
