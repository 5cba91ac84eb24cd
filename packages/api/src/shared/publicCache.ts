// Public reads are cacheable (issue #14): a GET for an operation that reads only anonymous public
// queries (every root field `public*`), sent without a cookie or an Authorization header, is
// answered from an in-process cache keyed by the query, the operation name and the variables,
// with an ETag and `Cache-Control: public, max-age=60, stale-while-revalidate=300` so that phones
// and proxies keep it too; a conditional GET (If-None-Match) gets 304. A poster scanned by a whole
// village costs one database read per minute per process. Entries live at most MAX_AGE_S (public
// answers may be that old: the notice board's countdown is in minutes, its periods in days), so
// no invalidation hook is needed. A signed-in viewer's request is never cached nor served from
// the cache, nor is any answer with errors.
import crypto from "node:crypto";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "./context.js";

export const PUBLIC_CACHE = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 300, maxEntries: 2000 };
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_CACHE.maxAgeSeconds}, stale-while-revalidate=${PUBLIC_CACHE.staleWhileRevalidateSeconds}`;

interface Entry {
  body: string;
  etag: string;
  expiresAt: number;
}

/** Does the document's operation (the named one, or the only one) read only public* root fields? */
export function isPublicOperation(document: DocumentNode, operationName: string | null): boolean {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION)) return false; // fragments: kept simple, not cached
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== "query" || op.selectionSet.selections.length === 0) return false;
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value.startsWith("public") || s.name.value === "__typename") && !s.directives?.length);
}

/** The cache key of an anonymous GET for a public operation; null when the request is not one. */
export function publicCacheKey(request: Request, url: URL): string | null {
  if (request.method !== "GET") return null;
  if (request.headers.get("authorization") || request.headers.get("cookie") || request.headers.get("x-act-as-resident")) return null;
  const query = url.searchParams.get("query");
  if (!query) return null;
  const operationName = url.searchParams.get("operationName");
  let variables: unknown = {};
  try {
    const raw = url.searchParams.get("variables");
    if (raw) variables = JSON.parse(raw);
    if (!isPublicOperation(parse(query, { noLocation: true }), operationName)) return null;
  } catch {
    return null; // yoga answers the malformed request itself
  }
  return JSON.stringify([query.replace(/\s+/g, " ").trim(), operationName ?? null, sortKeys(variables)]);
}

/** Variables with their object keys sorted: {a,b} and {b,a} are one entry. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

const etagOf = (body: string) => `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
const matches = (ifNoneMatch: string | null, etag: string) => !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === etag || t.trim() === "*");

export function publicCachePlugin(now: () => number = Date.now): Plugin<Context> & { cache: Map<string, Entry> } {
  const cache = new Map<string, Entry>();
  const keys = new WeakMap<Request, string>();

  const answer = (request: Request, entry: Entry, ResponseCtor: typeof Response) => {
    const headers = { etag: entry.etag, "cache-control": PUBLIC_CACHE_CONTROL, "x-gongzhi-cache": "" };
    if (matches(request.headers.get("if-none-match"), entry.etag)) return new ResponseCtor(null, { status: 304, headers });
    return new ResponseCtor(entry.body, { status: 200, headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  };

  return {
    cache,
    onRequest({ request, url, endResponse, fetchAPI }) {
      const key = publicCacheKey(request, url);
      if (key === null) return;
      const entry = cache.get(key);
      if (entry && entry.expiresAt > now()) {
        const res = answer(request, entry, fetchAPI.Response);
        res.headers.set("x-gongzhi-cache", "hit");
        return endResponse(res);
      }
      if (entry) cache.delete(key);
      keys.set(request, key);
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      const key = keys.get(request);
      if (key === undefined || !resultProcessor) return;
      if (!result || typeof result !== "object" || Array.isArray(result) || Symbol.asyncIterator in result || (result as { errors?: unknown[] }).errors?.length) return;
      const { data } = result as { data?: unknown };
      if (data === undefined || data === null) return;
      setResultProcessor((_result, fetchAPI) => {
        const body = JSON.stringify({ data });
        const entry = { body, etag: etagOf(body), expiresAt: now() + PUBLIC_CACHE.maxAgeSeconds * 1000 };
        if (cache.size >= PUBLIC_CACHE.maxEntries) cache.delete(cache.keys().next().value!);
        cache.set(key, entry);
        const res = answer(request, entry, fetchAPI.Response);
        res.headers.set("x-gongzhi-cache", "miss");
        return res;
      }, "application/json");
    },
  };
}
