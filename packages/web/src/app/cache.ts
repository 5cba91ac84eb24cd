// The normalized cache. Relay nodes are keyed by their id; connections, edges, PageInfo,
// mutation payloads, UserError, FieldIssue and Viewer have no id and live embedded in their parent.
// Updates are normalized automatically; creates invalidate just the list fields (and counters)
// they change, so only those lists are fetched again.
import { cacheSchema, keylessTypes } from "@gongzhi/schema/type-info";
import { cacheExchange, type Cache, type UpdateResolver, type UpdatesConfig } from "@urql/exchange-graphcache";

type Payload = { __typename?: string } | null | undefined;
type InputArgs = { input?: Record<string, unknown> };

/** Did the mutation field succeed (rather than return a UserError)? */
const succeeded = (result: Record<string, unknown>, field: string) => {
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

const invalidateCounts = (cache: Cache, typename: string, id: unknown, ...fields: string[]) => {
  if (typeof id !== "string" || !id) return;
  for (const field of fields) cache.invalidate({ __typename: typename, id }, field);
};

/** An update for a create mutation: on success, the named lists of input.communityId go stale. */
const created =
  (field: string, lists: string[], after?: (cache: Cache, input: Record<string, unknown>) => void): UpdateResolver<Record<string, unknown>, InputArgs> =>
  (result, args, cache) => {
    if (!succeeded(result, field)) return;
    const input = args.input ?? {};
    for (const list of lists) invalidateList(cache, list, input.communityId);
    after?.(cache, input);
  };

export const updates: UpdatesConfig = {
  Mutation: {
    createGrid: created("createGrid", ["grids"], (cache, input) => invalidateCounts(cache, "Community", input.communityId, "gridCount")),
    createHousehold: created("createHousehold", ["households"], (cache, input) => {
      invalidateCounts(cache, "Community", input.communityId, "householdCount");
      invalidateCounts(cache, "Grid", input.gridId, "householdCount");
    }),
    createResident: created("createResident", ["residents"], (cache, input) => {
      invalidateCounts(cache, "Community", input.communityId, "residentCount");
      invalidateCounts(cache, "Grid", input.gridId, "residentCount");
      invalidateCounts(cache, "Household", input.householdId, "memberCount", "members");
    }),
    updateResident: (result, args: InputArgs & { id?: string }, cache) => {
      // A new phone or ID number: the full value cached for the detail view is stale (the masked
      // ones come back in the payload).
      if (!succeeded(result, "updateResident") || !args.id || !args.input) return;
      if ("phone" in args.input) cache.invalidate({ __typename: "Resident", id: args.id }, "phone");
      if ("idNumber" in args.input) cache.invalidate({ __typename: "Resident", id: args.id }, "idNumber");
    },
    createSocialOrganization: created("createSocialOrganization", ["socialOrganizations"]),
    createPartyOrganization: created("createPartyOrganization", ["partyOrganizations"], (cache, input) =>
      invalidateCounts(cache, "PartyOrganization", input.parentId, "children"),
    ),
    updatePartyOrganization: (result, args: InputArgs, cache) => {
      // Moving an organization under another parent changes the tree.
      if (succeeded(result, "updatePartyOrganization") && args.input && "parentId" in args.input) invalidateList(cache, "partyOrganizations");
    },
    createAccount: created("createAccount", ["accounts"]),
    grantRole: (result, _args, cache) => {
      if (succeeded(result, "grantRole")) invalidateList(cache, "accounts");
    },
    revokeGrant: (result, args: { id?: string }, cache) => {
      // The grant leaves every Account.grants list that held it.
      if (succeeded(result, "revokeGrant") && args.id) cache.invalidate({ __typename: "Grant", id: args.id });
    },
    registerApiClient: (result, _args, cache) => {
      if (succeeded(result, "registerApiClient")) invalidateList(cache, "apiClients");
    },
  },
};

export function createCacheExchange() {
  return cacheExchange({
    keys: Object.fromEntries(keylessTypes.map((t) => [t, () => null])),
    // The contract's output types: fragments on union members match exactly, and partial results
    // of nullable fields can be served from the cache.
    schema: cacheSchema,
    updates,
  });
}
