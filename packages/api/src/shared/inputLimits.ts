// Limits before work: every string a request carries — in its variables or written inline in the
// document — is checked as the request's parameters arrive, before validation, context (the
// session's SQL) and any resolver. (Not in onValidate: yoga caches validation per document, and a
// refusal must never be cached for the next request's variables.) A NUL byte anywhere, or a string over its limit, answers INVALID naming the argument
// path (e.g. `input.note`, `search`), and nothing runs. Limits: read operations 200 characters per
// string (search terms, ids, days); mutations 50,000 (notes, minutes, descriptions); base64 file
// payloads (`contentBase64`) 14,000,000 (a 10 MB file). The services' zod schemas keep their own,
// tighter per-field limits with field messages; this is the floor no request can get under.
import { GraphQLError, Kind, parse, type ArgumentNode, type DocumentNode, type ObjectFieldNode, type OperationDefinitionNode, type ValueNode } from "graphql";
import type { Plugin } from "graphql-yoga";

export const INPUT_LIMITS = { queryString: 200, mutationString: 50_000, base64: 14_000_000 };

const BASE64_KEYS = new Set(["contentBase64"]);

function invalid(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "INVALID", field, http: { status: 400 } } });
}

/** The first problem in a string value, or null. */
function check(value: string, field: string, max: number): GraphQLError | null {
  if (value.includes("\u0000")) return invalid(field, `${field}: 不能包含空字符 (contains a NUL byte)`);
  if (value.length > max) return invalid(field, `${field}: 长度不能超过 ${max} 个字符 (longer than ${max} characters)`);
  return null;
}

const limitFor = (key: string, max: number) => (BASE64_KEYS.has(key) ? INPUT_LIMITS.base64 : max);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Walks a JSON variable value; `path` is the argument path so far. */
function walkJson(value: unknown, path: string, key: string, max: number): GraphQLError | null {
  if (typeof value === "string") return check(value, path, limitFor(key, max));
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const e = walkJson(v, `${path}.${i}`, key, max);
      if (e) return e;
    }
    return null;
  }
  // Plain JSON objects only: an uploaded File (multipart) is an object whose bytes would be walked
  // one by one (minutes for a 10 MB upload); its size is the upload's own limit.
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const e = walkJson(v, `${path}.${k}`, k, max);
      if (e) return e;
    }
  }
  return null;
}

/** Walks an inline literal of the document. */
function walkLiteral(node: ValueNode, path: string, key: string, max: number): GraphQLError | null {
  switch (node.kind) {
    case Kind.STRING:
      return check(node.value, path, limitFor(key, max));
    case Kind.LIST:
      for (const [i, v] of node.values.entries()) {
        const e = walkLiteral(v, `${path}.${i}`, key, max);
        if (e) return e;
      }
      return null;
    case Kind.OBJECT:
      return walkFields(node.fields, path, max);
    default:
      return null;
  }
}

function walkFields(fields: readonly (ArgumentNode | ObjectFieldNode)[], path: string, max: number): GraphQLError | null {
  for (const f of fields) {
    const e = walkLiteral(f.value, path ? `${path}.${f.name.value}` : f.name.value, f.name.value, max);
    if (e) return e;
  }
  return null;
}

/** Inline string literals of every argument in the document (and variables' defaults). */
function walkDocument(doc: DocumentNode, max: number): GraphQLError | null {
  let found: GraphQLError | null = null;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== "object") return;
    const n = node as { kind?: string; arguments?: readonly ArgumentNode[] };
    if (n.arguments?.length) found = walkFields(n.arguments, "", max);
    if (n.kind === Kind.VARIABLE_DEFINITION) {
      const d = node as { defaultValue?: ValueNode; variable: { name: { value: string } } };
      if (d.defaultValue) found ??= walkLiteral(d.defaultValue, d.variable.name.value, d.variable.name.value, max);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "loc" || found) continue;
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") visit(v);
    }
  };
  visit(doc);
  return found;
}

/** The operation a request runs: the named one, else the only one. */
function operationOf(doc: DocumentNode, name: string | undefined | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? ops.find((o) => o.name?.value === name) : ops[0];
}

/** The first problem in a request's strings, or null (exported for unit tests). */
export function inputProblem(doc: DocumentNode, variables: Record<string, unknown> | undefined | null, operationName?: string | null): GraphQLError | null {
  const op = operationOf(doc, operationName);
  const max = op?.operation === "mutation" ? INPUT_LIMITS.mutationString : INPUT_LIMITS.queryString;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const e = walkJson(value, name, name, max);
    if (e) return e;
  }
  return walkDocument(doc, max);
}

/** The yoga plugin: register it first, so nothing else works on a request it refuses. */
export function inputLimitsPlugin<C extends Record<string, any> = Record<string, unknown>>(maxTokens: number): Plugin<C> {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query !== "string") return;
      let doc: DocumentNode;
      try {
        doc = parse(params.query, { noLocation: true, maxTokens });
      } catch {
        return; // yoga's own parse answers the syntax error
      }
      const problem = inputProblem(doc, params.variables as Record<string, unknown> | undefined, params.operationName);
      if (problem) setResult({ errors: [problem] });
    },
  };
}
