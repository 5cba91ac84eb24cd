// Anonymous introspection stays open (GraphiQL, codegen, third-party developers) but bounded: what
// tools send is answered; aliased, self-nesting or fragment-multiplied introspection is refused
// before execution with an INVALID error and no data. (Its CPU time is measured in `pnpm bench`, not here.)
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTROSPECTION_LIMITS } from "@gongzhi/api/src/shared/introspectionLimits.js";
import { createTestKit, type TestKit } from "../api/testkit.js";

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(async () => {
  await kit?.close();
});

const typeRef = (depth: number): string => (depth === 0 ? "kind name" : `kind name ofType { ${typeRef(depth - 1)} }`);

/** Refused before execution: no data, one error; ours say INVALID on `query` (armor's depth and cost limits, which fire while parsing, say it in words only). */
async function refused(query: string, pattern: RegExp, byArmor = false) {
  const r = await kit.gql(query);
  expect(r.data).toBeUndefined();
  if (!byArmor) expect(r.errors?.[0]).toMatchObject({ extensions: { code: "INVALID", field: "query" } });
  expect(r.errors?.[0]?.message).toMatch(pattern);
}

describe("what introspection tools send is answered, anonymously", () => {
  it("graphql-js getIntrospectionQuery, with every option on", async () => {
    const r = await kit.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(r.errors).toBeUndefined();
    const types = (r.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(["Query", "Mutation", "Resident", "Money"]));
  });

  it("a few __type lookups with their fields and types seven ofType deep (as graphql-js nests them)", async () => {
    const r = await kit.gql(`{ a: __type(name: "Resident") { fields { name type { ${typeRef(7)} } } } b: __type(name: "Query") { name } __typename }`);
    expect(r.errors).toBeUndefined();
    expect((r.data as { a: { fields: unknown[] } }).a.fields.length).toBeGreaterThan(3);
  });
});

describe("introspection that would walk the schema over and over is refused before it runs", () => {
  it("two __schema selections (aliases)", async () => {
    await refused(`{ a: __schema { types { name } } b: __schema { types { name } } }`, /__schema/);
  });

  it("twelve aliased full-schema walks, as in the tester's report", async () => {
    const walk = `__schema { types { fields { args { type { ${typeRef(7)} } } } } }`;
    await refused(`{ ${Array.from({ length: 12 }, (_, i) => `s${i}: ${walk}`).join(" ")} }`, /__schema/);
  });

  it("__schema hidden in fragments spread twice under different aliases", async () => {
    await refused(`query { ...A ...B } fragment A on Query { x: __schema { queryType { name } } } fragment B on Query { y: __schema { queryType { name } } }`, /__schema/);
  });

  it(`more than ${INTROSPECTION_LIMITS.maxTypeLookups} __type lookups`, async () => {
    await refused(`{ ${Array.from({ length: INTROSPECTION_LIMITS.maxTypeLookups + 1 }, (_, i) => `t${i}: __type(name: "Query") { name }`).join(" ")} }`, /__type/);
  });

  it("the fields of the fields' types (the self-nesting walk)", async () => {
    await refused(`{ __schema { types { fields { type { fields { name } } } } } }`, /fields/);
    await refused(`{ __type(name: "Query") { fields { type { ofType { fields { type { name } } } } } } }`, /fields/);
    await refused(`{ __type(name: "Resident") { interfaces { possibleTypes { name } } } }`, /possibleTypes/);
  });

  it(`ofType nested deeper than ${INTROSPECTION_LIMITS.maxOfType}`, async () => {
    await refused(`{ __type(name: "Query") { fields { type { ${typeRef(INTROSPECTION_LIMITS.maxOfType + 1)} } } } }`, /ofType|depth/, true);
    await refused(`{ __schema { types { ${typeRef(INTROSPECTION_LIMITS.maxOfType + 1)} } } }`, /ofType|depth/, true);
  });

  it("fragments that multiply each other (a fragment bomb) are refused without being expanded", async () => {
    const levels = 40;
    const frags = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on __Type { name }` : `fragment F${i} on __Type { ...F${i + 1} ofType { ...F${i + 1} } }`,
    ).join(" ");
    await refused(`{ __type(name: "Query") { ...F0 } } ${frags}`, /ofType|复杂|selections|Cost/, true);
  });

  it("after all of it the server answers the next request", async () => {
    expect((await kit.gql(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });
});
