// Every document the resident side sends (every string export of resident/**/queries*.ts) is valid
// against the contract, and its mutations select the UserError of their result union so that a
// refused request reaches the resident as the server's message.
import sdl from "@gongzhi/schema/schema.graphql?raw";
import { buildSchema, parse, validate, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import en from "./i18n/en.json";
import zhCN from "./i18n/zh-CN.json";

const schema = buildSchema(sdl);
const modules = import.meta.glob<Record<string, unknown>>("./**/queries*.ts", { eager: true });
const documents = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, v]) => typeof v === "string" && /^\s*(query|mutation)\s/.test(v))
    .map(([name, v]) => [`${file} ${name}`, v as string] as const),
);

describe("resident side documents", () => {
  it("finds the documents", () => expect(documents.length).toBeGreaterThan(8));
  for (const [name, doc] of documents) {
    it(`${name} is valid against the schema`, () => {
      const ast = parse(doc);
      expect(validate(schema, ast).map((e) => e.message)).toEqual([]);
      const op = ast.definitions[0] as OperationDefinitionNode;
      if (op.operation === "mutation" && !/signOutResident/.test(doc)) expect(doc, name).toMatch(/__typename[\s\S]*\.\.\. on UserError \{ code field message \}/);
    });
  }
});

const leafKeys = (obj: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (v !== null && typeof v === "object" ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("resident catalog", () => {
  it("zh-CN and en have the same keys, all under resident., none empty", () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zhCN).sort());
    for (const k of leafKeys(zhCN)) expect(k.startsWith("resident."), k).toBe(true);
    for (const cat of [en, zhCN]) for (const k of leafKeys(cat)) expect(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat), k).not.toBe("");
  });
});
