// The normalized cache. Relay nodes are keyed by their id; connections, edges, PageInfo,
// mutation payloads, UserError, FieldIssue and Viewer have no id and live embedded in their parent.
// Updates are normalized automatically; creates invalidate just the list fields (and counters)
// they change, so only those lists are fetched again.
import { cacheSchema, keylessTypes } from "@gongzhi/schema/type-info";
import { cacheExchange, type UpdatesConfig } from "@urql/exchange-graphcache";
import { created, invalidateCounts, invalidateList, succeeded, type InputArgs } from "../lib/cacheUpdates";
import { deliberationUpdates } from "../modules/deliberation/cache";
import { noticesUpdates } from "../modules/notices/cache";
import { pointsUpdates } from "../modules/points/cache";
import { projectsUpdates } from "../modules/projects/cache";
import { serviceComplexUpdates } from "../modules/service-complex/cache";
import { volunteeringUpdates } from "../modules/volunteering/cache";

const foundationUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
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
};

/** Each capability keeps its own cache updates beside its components (modules/<capability>/cache.ts). */
export const updates: UpdatesConfig = {
  Mutation: { ...foundationUpdates, ...deliberationUpdates, ...noticesUpdates, ...serviceComplexUpdates, ...volunteeringUpdates, ...pointsUpdates, ...projectsUpdates },
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
