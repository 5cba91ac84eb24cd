// Helpers for graphcache mutation updates, shared by app/cache.ts and each capability's cache.ts.
import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";

type Payload = { __typename?: string } | null | undefined;
export type InputArgs = { input?: Record<string, unknown> };

/** Did the mutation field succeed (rather than return a UserError)? */
export const succeeded = (result: Record<string, unknown>, field: string) => {
  const payload = result[field] as Payload;
  return !!payload && payload.__typename !== "UserError";
};

/** Drop every cached page of a Query list field, optionally only those of one community. */
export function invalidateList(cache: Cache, fieldName: string, communityId?: unknown) {
  for (const f of cache.inspectFields("Query")) {
    if (f.fieldName !== fieldName) continue;
    if (communityId !== undefined && f.arguments?.communityId !== communityId) continue;
    cache.invalidate("Query", f.fieldKey);
  }
}

/** Drop every cached variant (all arguments) of one field of an entity. */
export function invalidateField(cache: Cache, typename: string, id: unknown, fieldName: string) {
  if (typeof id !== "string" || !id) return;
  const key = cache.keyOfEntity({ __typename: typename, id });
  if (!key) return;
  for (const f of cache.inspectFields(key)) if (f.fieldName === fieldName) cache.invalidate(key, f.fieldKey);
}

/** An update for a mutation that changes the named Query lists, of any community. */
export const lists =
  (field: string, ...names: string[]): UpdateResolver<Record<string, unknown>, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    for (const name of names) invalidateList(cache, name);
  };

export const invalidateCounts = (cache: Cache, typename: string, id: unknown, ...fields: string[]) => {
  if (typeof id !== "string" || !id) return;
  for (const field of fields) cache.invalidate({ __typename: typename, id }, field);
};

/** An update for a create mutation: on success, the named lists of input.communityId go stale. */
export const created =
  (field: string, lists: string[], after?: (cache: Cache, input: Record<string, unknown>) => void): UpdateResolver<Record<string, unknown>, InputArgs> =>
  (result, args, cache) => {
    if (!succeeded(result, field)) return;
    const input = args.input ?? {};
    for (const list of lists) invalidateList(cache, list, input.communityId);
    after?.(cache, input);
  };

