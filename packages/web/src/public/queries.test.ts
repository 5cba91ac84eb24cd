// Every document the public pages send is valid against the contract and asks only for anonymous
// (public*) root fields.
import sdl from "@gongzhi/schema/schema.graphql?raw";
import { buildSchema, parse, validate, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DOCUMENTS } from "./queries";

const schema = buildSchema(sdl);

describe("public page documents", () => {
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    it(`${name} is valid and reads public queries only`, () => {
      const ast = parse(doc);
      expect(validate(schema, ast).map((e) => e.message)).toEqual([]);
      const op = ast.definitions[0] as OperationDefinitionNode;
      expect(op.operation).toBe("query");
      for (const sel of op.selectionSet.selections) expect(sel.kind === "Field" && sel.name.value.startsWith("public"), name).toBe(true);
    });
  }
});
