// Graphcache updates for this capability's mutations (merged into app/cache.ts). Changed entities
// come back in the payloads and are normalized; what a change moves in or out of a list (a new
// sign-up, hours verified, points posted, a redemption fulfilled) invalidates just those list
// fields, so only they are fetched again.
import type { Cache, UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { created, invalidateList, succeeded, type InputArgs } from "../../lib/cacheUpdates";

type Data = Record<string, unknown>;

/** Drop every cached variant (all arguments) of one field of an entity. */
function invalidateField(cache: Cache, typename: string, id: unknown, fieldName: string) {
  if (typeof id !== "string" || !id) return;
  const key = cache.keyOfEntity({ __typename: typename, id });
  if (!key) return;
  for (const f of cache.inspectFields(key)) if (f.fieldName === fieldName) cache.invalidate(key, f.fieldKey);
}

/** Every Query list field named, of any community. */
const lists =
  (field: string, ...names: string[]): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    for (const name of names) invalidateList(cache, name);
  };

/** Points moved: account lists, ledgers and rankings go stale. */
const POINTS_LISTS = ["pointsAccounts", "pointsEntries", "pointsRanking", "pointsRedBlackList", "pointsTrend", "pointsAccountOf"];

/** Invalidate an account's entries and redemptions (its balance comes back in the payload). */
function accountLists(cache: Cache, accountId: unknown) {
  invalidateField(cache, "PointsAccount", accountId, "entries");
  invalidateField(cache, "PointsAccount", accountId, "redemptions");
  invalidateField(cache, "PointsAccount", accountId, "months");
}

/**
 * A sign-up changed. A new or cancelled sign-up changes the activity's list (and may promote the
 * next one waiting); approved hours pay points into an account.
 */
const signUpChanged =
  (field: string, { list = false, points = false } = {}): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    const data = (result[field] as { data?: Record<string, unknown> }).data;
    const items = (data?.approved as Record<string, unknown>[] | undefined) ?? [data];
    if (list) for (const signUp of items) invalidateField(cache, "VolunteerActivity", (signUp?.activity as { id?: string } | undefined)?.id, "signUps");
    invalidateList(cache, "volunteerSignUps");
    invalidateList(cache, "volunteerActivities");
    if (!points) return;
    for (const name of [...POINTS_LISTS, "volunteers"]) invalidateList(cache, name);
    for (const signUp of items) accountLists(cache, (signUp?.pointsEntry as { account?: { id?: string } } | null | undefined)?.account?.id);
  };

export const volunteeringUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createVolunteerCommittee: (result, args: InputArgs, cache) => {
    if (succeeded(result, "createVolunteerCommittee")) invalidateList(cache, "volunteerCommittee", args.input?.communityId);
  },
  createVolunteerTeam: created("createVolunteerTeam", ["volunteerTeams"]),
  registerVolunteer: created("registerVolunteer", ["volunteers"]),
  setVolunteerTeamMember: lists("setVolunteerTeamMember", "volunteers"),
  removeVolunteerTeamMember: lists("removeVolunteerTeamMember", "volunteers"),
  createVolunteerActivity: created("createVolunteerActivity", ["volunteerActivities"]),
  updateVolunteerActivity: lists("updateVolunteerActivity", "volunteerActivities"),
  publishVolunteerActivity: lists("publishVolunteerActivity", "volunteerActivities"),
  cancelVolunteerActivity: lists("cancelVolunteerActivity", "volunteerActivities"),
  signUpForVolunteerActivity: signUpChanged("signUpForVolunteerActivity", { list: true }),
  cancelVolunteerSignUp: signUpChanged("cancelVolunteerSignUp", { list: true }),
  recordVolunteerCheckIn: signUpChanged("recordVolunteerCheckIn"),
  recordVolunteerCheckOut: signUpChanged("recordVolunteerCheckOut"),
  approveVolunteerHours: signUpChanged("approveVolunteerHours", { points: true }),
  adjustVolunteerHours: signUpChanged("adjustVolunteerHours", { points: true }),
  rejectVolunteerHours: signUpChanged("rejectVolunteerHours"),
  bulkApproveVolunteerHours: signUpChanged("bulkApproveVolunteerHours", { points: true }),
  createPointsRule: created("createPointsRule", ["pointsRules"]),
  updatePointsRule: lists("updatePointsRule", "pointsRules"),
  submitPointsClaim: lists("submitPointsClaim", "pointsClaims"),
  approvePointsClaim: lists("approvePointsClaim", "pointsClaims"),
  rejectPointsClaim: lists("rejectPointsClaim", "pointsClaims"),
  publishPointsClaims: lists("publishPointsClaims", "pointsClaims", "notices"),
  postPointsClaim: (result, _args, cache) => {
    if (!succeeded(result, "postPointsClaim")) return;
    for (const name of ["pointsClaims", ...POINTS_LISTS]) invalidateList(cache, name);
    const data = (result.postPointsClaim as { data?: { account?: { id?: string } } }).data;
    accountLists(cache, data?.account?.id);
  },
  reversePointsEntry: (result, _args, cache) => {
    if (!succeeded(result, "reversePointsEntry")) return;
    for (const name of POINTS_LISTS) invalidateList(cache, name);
    const data = (result.reversePointsEntry as { data?: { account?: { id?: string } } }).data;
    accountLists(cache, data?.account?.id);
  },
  publishPointsRanking: lists("publishPointsRanking", "notices"),
  createReward: created("createReward", ["pointsRewards"]),
  updateReward: lists("updateReward", "pointsRewards"),
  redeemReward: (result, _args, cache) => {
    if (!succeeded(result, "redeemReward")) return;
    for (const name of ["pointsRedemptions", "pointsRewards", ...POINTS_LISTS]) invalidateList(cache, name);
  },
  fulfilRedemption: lists("fulfilRedemption", "pointsRedemptions"),
  cancelRedemption: (result, _args, cache) => {
    if (!succeeded(result, "cancelRedemption")) return;
    for (const name of ["pointsRedemptions", ...POINTS_LISTS]) invalidateList(cache, name);
    const data = (result.cancelRedemption as { data?: { account?: { id?: string } } }).data;
    accountLists(cache, data?.account?.id);
  },
};
