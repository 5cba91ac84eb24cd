// Configuration only: plugins (ScopeAuth first), scalars, the context type, the shared error type.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import type { Community, Resident } from "./generated/prisma/client.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import type { Context } from "./shared/context.js";
import { UserError } from "./shared/errors.js";
import { MoneyScalar } from "./shared/money.js";

export const MAX_PAGE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  // Object types that a module's GraphQL files name as a string ("Resident") because another
  // module defines them (modules never import each other's *.type.ts): their shapes, for typing.
  // Both are in select mode: a field of these types owes only the id (the rest is selected by the query).
  Objects: { Community: Pick<Community, "id">; Resident: Pick<Resident, "id">; PublicProject: { id: string } };
  AuthScopes: { loggedIn: boolean; account: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Money: { Input: number; Output: bigint | number };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ErrorsPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (ctx) => ({ loggedIn: ctx.actor.kind !== "anonymous", account: ctx.actor.kind === "account" }),
    unauthorizedError: () =>
      new GraphQLError("请先登录 (sign in or send an API token)", { extensions: { code: "UNAUTHENTICATED" } }),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    maxConnectionSize: MAX_PAGE,
    defaultConnectionSize: 20,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Fetch any object by its global id (null when it does not exist or the viewer may not see it)." },
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [UserError] },
});

const parseDateTime = (value: unknown) => {
  if (value instanceof Date) return value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new GraphQLError(`DateTime must be an ISO-8601 time with a zone, e.g. 2026-11-22T08:00:00Z; got ${JSON.stringify(value)}`);
};
builder.addScalarType(
  "DateTime",
  new GraphQLScalarType({
    name: "DateTime",
    description: "A point in time, ISO-8601 in UTC (e.g. 2026-11-22T08:00:00.000Z).",
    serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
  }),
);
const parseDate = (value: unknown) => {
  // Round-trip through Date: a day that does not exist (2020-02-30) would otherwise roll over to another.
  const day = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (day && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value) return value;
  throw new GraphQLError(`Date must be YYYY-MM-DD; got ${JSON.stringify(value)}`);
};
builder.addScalarType(
  "Date",
  new GraphQLScalarType({
    name: "Date",
    description: "A calendar date, YYYY-MM-DD.",
    serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
  }),
);
builder.addScalarType(
  "JSON",
  new GraphQLScalarType({ name: "JSON", description: "Any JSON value.", serialize: (v) => v, parseValue: (v) => v }),
);

builder.addScalarType("Money", MoneyScalar);

builder.queryType({});
builder.mutationType({});

/** The `t` of an input type's `fields`: for helpers that give create and update inputs their shared fields. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, "InputObject">;
