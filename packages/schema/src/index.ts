// The typed-document entry point of the contract. `graphql()` parses a document and infers its
// result and variables from the introspection in graphql-env.d.ts, generated from schema.graphql
// (`pnpm --filter @gongzhi/schema generate`; `check` fails when it is stale).
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    DateTime: string;
    Date: string;
    JSON: unknown;
    /** Whole fen as a JSON number, exact up to 2^53 − 1 (see the scalar's description). */
    Money: number;
    ID: string;
  };
}>();

export { readFragment } from "gql.tada";
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from "gql.tada";
