// The NOT_FOUND parity kit: every query and mutation of the printed schema that takes an ID (as an
// argument or inside its input), called by a community admin with an id of a row in another
// community and with a random well-formed id of the same type. Arguments are generated from the
// schema; the type behind each ID is learnt from the server's own INVALID answer to a malformed id.
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import type { As, GqlResult, TestKit } from "../api/testkit.js";

export const schema: GraphQLSchema = buildSchema(readFileSync(new URL("../../packages/schema/schema.graphql", import.meta.url), "utf8"));

/** Every type that implements Node (the typenames inside global ids). */
export const NODE_TYPES = Object.values(schema.getTypeMap())
  .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
  .map((t) => t.name)
  .sort();

export interface Operation {
  kind: "query" | "mutation";
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** Paths of the ID values in the variables, e.g. ["id"], ["input", "projectId"], ["input", "residentIds", 0]. */
  idPaths: (string | number)[][];
}

/** Can a value of this input type be sent as JSON (no uploads)? */
const sendable = (t: GraphQLInputType): boolean => getNamedType(t).name !== "File";

/** The ID paths under an argument: the ID itself, the IDs of its input object (required or not), one list element. */
function idPathsOf(t: GraphQLInputType, path: (string | number)[], depth = 0): (string | number)[][] {
  const inner = isNonNullType(t) ? t.ofType : t;
  if (isListType(inner)) return idPathsOf(inner.ofType, [...path, 0], depth);
  if (isScalarType(inner) && inner.name === "ID") return [path];
  if (isInputObjectType(inner) && depth < 3) return Object.values(inner.getFields()).flatMap((f) => idPathsOf(f.type, [...path, f.name], depth + 1));
  return [];
}

export function operations(): Operation[] {
  const out: Operation[] = [];
  for (const kind of ["query", "mutation"] as const) {
    const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      if (!field.args.every((a) => !isNonNullType(a.type) || sendable(a.type))) continue;
      const idPaths = field.args.filter((a) => sendable(a.type)).flatMap((a) => idPathsOf(a.type, [a.name]));
      if (idPaths.length) out.push({ kind, name: field.name, field, idPaths });
    }
  }
  return out;
}

const DAY = "2031-06-02"; // a Monday, in the future
/** A plausible value for a type (required fields only; ID fields always, filled as "x" until resolved). */
function valueOf(t: GraphQLInputType, depth = 0): unknown {
  const inner = isNonNullType(t) ? t.ofType : t;
  if (isListType(inner)) return [valueOf(inner.ofType, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const o: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const hasId = idPathsOf(f.type, []).length > 0;
      if ((isNonNullType(f.type) || hasId) && sendable(f.type) && depth < 3) o[f.name] = valueOf(f.type, depth + 1);
    }
    return o;
  }
  switch (inner.name) {
    case "ID":
      return "x";
    case "String":
      return "测试1";
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return DAY;
    case "DateTime":
      return `${DAY}T02:00:00.000Z`;
    case "JSON":
      return {};
    default:
      return null;
  }
}

function setAt(obj: Record<string, unknown>, path: (string | number)[], v: unknown) {
  let o = obj as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = v;
}

/** The document for an operation: every sendable argument as a variable; the result's code, field and message. */
export function documentOf(op: Operation): string {
  const args = op.field.args.filter((a) => isNonNullType(a.type) || op.idPaths.some((p) => p[0] === a.name));
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.length ? `${op.name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : op.name;
  const ret = getNamedType(op.field.type);
  let sel = "";
  if (isUnionType(ret) && ret.getTypes().some((t) => t.name === "UserError")) sel = "{ __typename ... on UserError { code field message } }";
  else if (!isScalarType(ret) && !isEnumType(ret)) sel = "{ __typename }";
  return `${op.kind}${vars ? `(${vars})` : ""} { ${call} ${sel} }`;
}

export function baseVariables(op: Operation): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  for (const a of op.field.args) if (isNonNullType(a.type) || op.idPaths.some((p) => p[0] === a.name)) v[a.name] = valueOf(a.type);
  return v;
}

export const pathName = (p: (string | number)[]) => p.join(".");

/** What an answer says, for comparing two answers: the result's typename or error code, field and message. */
export function answerOf(op: Operation, r: GqlResult) {
  if (r.errors?.length) {
    const e = r.errors[0]!;
    return { error: { code: e.extensions?.code ?? null, field: e.extensions?.field ?? null, message: e.message }, data: null };
  }
  return { error: null, data: r.data?.[op.name] ?? null };
}

/** The code of an answer (typed UserError or GraphQL error), or null for a success. */
export function codeOf(a: ReturnType<typeof answerOf>): string | null {
  if (a.error) return String(a.error.code);
  const d = a.data as { __typename?: string; code?: string } | null;
  return d?.__typename === "UserError" ? (d.code ?? null) : null;
}

/**
 * Learn the Node type behind each ID path from the server: send every unresolved path malformed,
 * read the expected type from the INVALID answer ("不是有效的Project ID (input.projectId: ...)"),
 * fill that path with the viewer's own row of that type, and go on until nothing more is learnt.
 */
export async function learnTypes(kit: TestKit, as: As, op: Operation, own: Map<string, string>, doc: string): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  for (let round = 0; round <= op.idPaths.length; round++) {
    const vars = baseVariables(op);
    for (const p of op.idPaths) {
      const t = types.get(pathName(p));
      setAt(vars, p, t ? (own.get(t) ?? toGlobalId(t, crypto.randomUUID())) : "x");
    }
    const a = answerOf(op, await kit.gql(doc, vars, as));
    const err = (a.error ?? a.data) as { field?: string | null; message?: string } | null;
    const m = err?.message?.match(/^不是有效的([A-Za-z/]+) ID \(([^:]+):/);
    if (!m) break;
    const field = m[2]!;
    const p = op.idPaths.find((q) => pathName(q) === field);
    if (!p || types.has(field)) break;
    const type = m[1]!.split("/").find((t) => NODE_TYPES.includes(t));
    if (!type) break;
    types.set(field, type);
  }
  return types;
}

export function variablesWith(op: Operation, types: Map<string, string>, own: Map<string, string>, path: (string | number)[], value: string) {
  const vars = baseVariables(op);
  for (const p of op.idPaths) {
    const t = types.get(pathName(p));
    setAt(vars, p, t ? (own.get(t) ?? toGlobalId(t, crypto.randomUUID())) : "x");
  }
  setAt(vars, path, value);
  return vars;
}

/** The field an error answer names (typed UserError or GraphQL error), or null. */
export function fieldOf(a: ReturnType<typeof answerOf>): string | null {
  if (a.error) return (a.error.field as string | null) ?? null;
  return (a.data as { field?: string | null } | null)?.field ?? null;
}
