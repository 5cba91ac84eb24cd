// Graphcache updates for the points commands (merged into app/cache.ts). Changed entities come
// back in the payloads and are normalized; what a change moves in or out of a list (points posted,
// a redemption fulfilled) invalidates just those list fields, so only they are fetched again.
import type { Cache, UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { created, type InputArgs, invalidateField, invalidateList, lists, succeeded } from "../../lib/cacheUpdates";

type Data = Record<string, unknown>;

/** Points moved: account lists, ledgers and rankings go stale. */
export const POINTS_LISTS = ["pointsAccounts", "pointsEntries", "pointsRanking", "pointsRedBlackList", "pointsTrend", "pointsAccountOf"];

/** Invalidate an account's entries and redemptions (its balance comes back in the payload). */
export function accountLists(cache: Cache, accountId: unknown) {
  invalidateField(cache, "PointsAccount", accountId, "entries");
  invalidateField(cache, "PointsAccount", accountId, "redemptions");
  invalidateField(cache, "PointsAccount", accountId, "months");
}

/** Points moved in an account (`field`'s payload names it): the lists go stale, and the account's. */
const pointsMoved =
  (field: string, ...more: string[]): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    for (const name of [...more, ...POINTS_LISTS]) invalidateList(cache, name);
    const data = (result[field] as { data?: { account?: { id?: string } } }).data;
    accountLists(cache, data?.account?.id);
  };

export const pointsUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createPointsRule: created("createPointsRule", ["pointsRules"]),
  updatePointsRule: lists("updatePointsRule", "pointsRules"),
  submitPointsClaim: lists("submitPointsClaim", "pointsClaims"),
  approvePointsClaim: lists("approvePointsClaim", "pointsClaims"),
  rejectPointsClaim: lists("rejectPointsClaim", "pointsClaims"),
  publishPointsClaims: lists("publishPointsClaims", "pointsClaims", "notices"),
  postPointsClaim: pointsMoved("postPointsClaim", "pointsClaims"),
  // The account's entries are fetched again: the other entries' REVERSE steps follow the new balance (AccountPage.test).
  reversePointsEntry: pointsMoved("reversePointsEntry"),
  publishPointsRanking: lists("publishPointsRanking", "notices"),
  createReward: created("createReward", ["pointsRewards"]),
  updateReward: lists("updateReward", "pointsRewards"),
  redeemReward: (result, _args, cache) => {
    if (!succeeded(result, "redeemReward")) return;
    for (const name of ["pointsRedemptions", "pointsRewards", ...POINTS_LISTS]) invalidateList(cache, name);
  },
  fulfilRedemption: lists("fulfilRedemption", "pointsRedemptions"),
  cancelRedemption: pointsMoved("cancelRedemption", "pointsRedemptions"),
};
