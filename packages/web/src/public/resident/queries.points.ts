// 我的积分 and 积分超市: the resident's accounts (their own and their household's), the ledger, the
// store's rewards, redeeming (exactly once per idempotency key) and the redemptions with their codes.
import { USER_ERROR } from "./queries";

export interface MyAccount {
  id: string;
  kind: "PERSON" | "HOUSEHOLD";
  name: string;
  balance: number;
  awarded: number;
  deducted: number;
  spent: number;
  community: { id: string; code: string | null; name: string };
}
export const MY_ACCOUNTS = `query ResidentPointsAccounts { myPointsAccounts { id kind name balance awarded deducted spent community { id code name } } }`;
export type MyAccountsData = { myPointsAccounts: MyAccount[] };

export type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";
export interface LedgerEntry {
  id: string;
  kind: EntryKind;
  delta: number;
  month: string;
  note: string | null;
  createdAt: string;
  rule: { name: string } | null;
}
export const LEDGER = `query ResidentLedger($c: ID!, $account: ID!, $after: String) {
  pointsEntries(communityId: $c, accountId: $account, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind delta month note createdAt rule { name } } } }
}`;
export type LedgerData = { pointsEntries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: LedgerEntry }[] } };

export interface Reward {
  id: string;
  name: string;
  description: string | null;
  kind: "GOODS" | "SERVICE" | "VOUCHER";
  cost: number;
  stock: number;
  sponsor: string | null;
  allowedSteps: string[];
}
export const REWARDS = `query ResidentRewards($c: ID!, $after: String) {
  pointsRewards(communityId: $c, first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name description kind cost stock sponsor allowedSteps } } }
}`;
export type RewardsData = { pointsRewards: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Reward }[] } };

export type RedemptionStatus = "PENDING" | "FULFILLED" | "CANCELLED";
export interface MyRedemption {
  id: string;
  rewardName: string;
  quantity: number;
  totalCost: number;
  status: RedemptionStatus;
  code: string | null;
  createdAt: string;
  fulfilledAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  allowedSteps: ("CANCEL" | "FULFIL")[];
  community: { id: string };
}
const REDEMPTION_FIELDS = "id rewardName quantity totalCost status code createdAt fulfilledAt cancelledAt cancelReason allowedSteps community { id }";
export const MY_REDEMPTIONS = `query ResidentRedemptions($after: String) {
  myRedemptions(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${REDEMPTION_FIELDS} } } }
}`;
export type MyRedemptionsData = { myRedemptions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: MyRedemption }[] } };

export const REDEEM = `mutation ResidentRedeem($input: RedeemRewardInput!) {
  redeemReward(input: $input) { __typename ... on MutationRedeemRewardSuccess { data { ${REDEMPTION_FIELDS} } } ${USER_ERROR} }
}`;
export type RedeemData = { redeemReward: { data: MyRedemption } };
export type RedeemVars = { input: { rewardId: string; quantity: number; idempotencyKey: string } };

export const CANCEL_REDEMPTION = `mutation ResidentCancelRedemption($id: ID!) {
  cancelRedemption(id: $id) { __typename ... on MutationCancelRedemptionSuccess { data { ${REDEMPTION_FIELDS} } } ${USER_ERROR} }
}`;
export type CancelRedemptionData = { cancelRedemption: { data: MyRedemption } };

/** The store: the account the resident's points go to (theirs, or their household's) and the rewards on offer. */
export const STORE = `query ResidentStore($c: ID!, $r: ID!) {
  pointsAccountOf(residentId: $r) { id kind name balance }
  pointsRewards(communityId: $c, first: 100) { edges { node { id name description kind cost stock sponsor allowedSteps } } }
}`;
export type StoreData = {
  pointsAccountOf: { id: string; kind: "PERSON" | "HOUSEHOLD"; name: string; balance: number } | null;
  pointsRewards: { edges: { node: Reward }[] };
};
