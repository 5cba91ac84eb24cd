import { describe, expect, it } from "vitest";
import { parse, type FieldNode, type OperationDefinitionNode } from "graphql";
import { countFromPage, fetchesRows } from "./totalCount.js";

const page = (args: Record<string, unknown>, rows: number, hasNextPage: boolean) => ({ args, edges: Array.from({ length: rows }, (_x, i) => ({ node: { id: i } })), pageInfo: { hasNextPage } });

describe("countFromPage", () => {
  it("the first forward page with nothing after it holds every row", () => {
    expect(countFromPage(page({ first: 50 }, 3, false))).toBe(3);
    expect(countFromPage(page({}, 0, false))).toBe(0);
  });
  it("counts (null) when rows follow, after a cursor, or backwards", () => {
    expect(countFromPage(page({ first: 2 }, 2, true))).toBeNull();
    expect(countFromPage(page({ first: 50, after: "x" }, 3, false))).toBeNull();
    expect(countFromPage(page({ last: 50 }, 3, false))).toBeNull();
    expect(countFromPage(page({ last: 5, before: "x" }, 3, false))).toBeNull();
  });
  it("anything not shaped like a connection is left to its own count", () => {
    expect(countFromPage(null)).toBeNull();
    expect(countFromPage({ totalCount: 4 })).toBeNull();
    expect(countFromPage({ args: {}, edges: [], pageInfo: {} })).toBeNull();
  });
  it("a connection asked for nothing but totalCount fetched no rows (plugin-prisma's totalCountOnly)", () => {
    const nodes = (q: string) => [(parse(q).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode];
    expect(fetchesRows(nodes("{ topics { totalCount } }"))).toBe(false);
    expect(fetchesRows(nodes("{ topics { __typename totalCount } }"))).toBe(false);
    expect(fetchesRows(nodes("{ topics { totalCount edges { node { id } } } }"))).toBe(true);
    expect(fetchesRows(nodes("{ topics { totalCount pageInfo { hasNextPage } } }"))).toBe(true);
    expect(fetchesRows(nodes("{ topics { ... on QueryTopicsConnection { totalCount } } }"))).toBe(true);
  });
});
