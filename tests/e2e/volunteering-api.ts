// The residents' side of the volunteering journey, over GraphQL as a residents' app does it: one
// API client registered for the community acts for several residents (X-Act-As-Resident): it
// registers them as volunteers, signs them up, checks out by the activity's QR code, reads their
// points and redeems in the store with an idempotency key. Staff calls use the admin's cookie.
import { gql, success } from "./service-api.js";

type Headers = Record<string, string>;

/** The actions a residents' app needs for volunteering and points (tests/api/volunteering-kit.ts APP_ACTIONS). */
export const VOLUNTEER_APP_ACTIONS = ["resident:actAs", "volunteer:read", "activity:signUp", "points:read", "store:redeem"];

/** Registers an app for the community; `as(residentId)` gives the headers acting for a resident. */
export async function volunteerApp(admin: Headers, community: string) {
  const reg = await gql(
    `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ... on MutationRegisterApiClientSuccess { data { token } } ... on UserError { code message } } }`,
    { input: { name: `志愿服务小程序 e2e ${Date.now()}`, communityIds: [community], actions: VOLUNTEER_APP_ACTIONS } },
    admin,
  );
  const { token } = success<{ token: string }>(reg.data, "registerApiClient");
  return { as: (residentId: string): Headers => ({ authorization: `Bearer ${token}`, "x-act-as-resident": residentId }) };
}

export interface RankingRow {
  accountId: string;
  name: string;
  rank: number;
  awarded: number;
  net: number;
}

/** The community's person ranking of a period (the first 50 places). */
export async function ranking(viewer: Headers, nodeId: string, period: string) {
  const r = await gql<{ pointsRanking: { accountCount: number; rows: RankingRow[] } }>(
    `query($n: ID!, $p: String!) { pointsRanking(nodeId: $n, period: $p, accountKind: PERSON, first: 50) { accountCount rows { accountId name rank awarded net } } }`,
    { n: nodeId, p: period },
    viewer,
  );
  return r.data.pointsRanking;
}

/** A points account's resident (for staff holding resident:read). */
export async function accountResident(viewer: Headers, accountId: string) {
  const r = await gql<{ node: { id: string; name: string; balance: number; resident: { id: string; name: string; community: { id: string } } | null } | null }>(
    `query($id: ID!) { node(id: $id) { ... on PointsAccount { id name balance resident { id name community { id } } } } }`,
    { id: accountId },
    viewer,
  );
  return r.data.node;
}

/** Residents of the community (staff). */
export async function residents(viewer: Headers, community: string, first = 40) {
  const r = await gql<{ residents: { edges: { node: { id: string; name: string } }[] } }>(
    `query($c: ID!, $f: Int) { residents(communityId: $c, first: $f) { edges { node { id name } } } }`,
    { c: community, f: first },
    viewer,
  );
  return r.data.residents.edges.map((e) => e.node);
}

/** The resident's volunteer record in the community, registered through the app when missing. */
export async function ensureVolunteer(app: Headers, community: string) {
  const mine = await gql<{ myVolunteerRegistrations: { id: string; active: boolean; community: { id: string } }[] }>(
    `{ myVolunteerRegistrations { id active community { id } } }`,
    {},
    app,
  );
  const found = mine.data.myVolunteerRegistrations.find((v) => v.community.id === community && v.active);
  if (found) return found.id;
  const r = await gql(
    `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename ... on MutationRegisterVolunteerSuccess { data { id } } ... on UserError { code field message } } }`,
    { input: { communityId: community, skills: ["环境整治"] } },
    app,
  );
  return success<{ id: string }>(r.data, "registerVolunteer").id;
}

const SIGN_UP = "id status waitlistPosition hoursStatus minutes checkedInAt checkedOutAt";

export async function signUp(app: Headers, activityId: string) {
  const r = await gql(
    `mutation($input: SignUpForVolunteerActivityInput!) { signUpForVolunteerActivity(input: $input) { __typename ... on MutationSignUpForVolunteerActivitySuccess { data { ${SIGN_UP} } } ... on UserError { code field message } } }`,
    { input: { activityId } },
    app,
  );
  return success<{ id: string; status: string; waitlistPosition: number | null }>(r.data, "signUpForVolunteerActivity");
}

/** 代签到 by staff at a given time (the activity's window allows it from 30 minutes before the start). */
export async function staffCheckIn(staff: Headers, signUpId: string, at: Date) {
  const r = await gql(
    `mutation($input: RecordVolunteerCheckInput!) { recordVolunteerCheckIn(input: $input) { __typename ... on MutationRecordVolunteerCheckInSuccess { data { ${SIGN_UP} } } ... on UserError { code field message } } }`,
    { input: { signUpId, at: at.toISOString() } },
    staff,
  );
  return success<{ checkedInAt: string }>(r.data, "recordVolunteerCheckIn");
}

/** 扫码签退: the app sends the code of the activity's QR code. */
export async function scanCheckOut(app: Headers, code: string) {
  const r = await gql(
    `mutation($input: VolunteerCheckCodeInput!) { checkOutOfVolunteerActivity(input: $input) { __typename ... on MutationCheckOutOfVolunteerActivitySuccess { data { ${SIGN_UP} checkOutMethod } } ... on UserError { code field message } } }`,
    { input: { code } },
    app,
  );
  return success<{ id: string; minutes: number; hoursStatus: string; checkOutMethod: string }>(r.data, "checkOutOfVolunteerActivity");
}

/** 扫码签到. */
export async function scanCheckIn(app: Headers, code: string) {
  const r = await gql(
    `mutation($input: VolunteerCheckCodeInput!) { checkInToVolunteerActivity(input: $input) { __typename ... on MutationCheckInToVolunteerActivitySuccess { data { ${SIGN_UP} checkInMethod } } ... on UserError { code field message } } }`,
    { input: { code } },
    app,
  );
  return success<{ id: string; checkInMethod: string }>(r.data, "checkInToVolunteerActivity");
}

/** The resident's accounts (balance) as the app sees them. */
export async function myBalance(app: Headers, community: string) {
  const r = await gql<{ myPointsAccounts: { id: string; balance: number; community: { id: string } }[] }>(`{ myPointsAccounts { id balance community { id } } }`, {}, app);
  return r.data.myPointsAccounts.find((a) => a.community.id === community) ?? null;
}

export async function rewards(viewer: Headers, community: string) {
  const r = await gql<{ pointsRewards: { edges: { node: { id: string; name: string; cost: number; stock: number } }[] } }>(
    `query($c: ID!) { pointsRewards(communityId: $c, first: 100) { edges { node { id name cost stock } } } }`,
    { c: community },
    viewer,
  );
  return r.data.pointsRewards.edges.map((e) => e.node);
}

/** A goods reward in the store (the journey adds one its residents can afford). */
export async function createReward(viewer: Headers, community: string, name: string, cost: number, stock: number) {
  const r = await gql<{ createReward: { __typename: string } }>(
    `mutation($input: CreateRewardInput!) { createReward(input: $input) { __typename } }`,
    { input: { communityId: community, name, cost, stock, kind: "GOODS" } },
    viewer,
  );
  if (r.data.createReward.__typename !== "MutationCreateRewardSuccess") throw new Error(`createReward: ${JSON.stringify(r)}`);
}

/** 兑换 with the client's idempotency key (sent again on a retry). */
export async function redeem(app: Headers, rewardId: string, idempotencyKey: string) {
  const r = await gql(
    `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { __typename ... on MutationRedeemRewardSuccess { data { id code status totalCost } } ... on UserError { code field message } } }`,
    { input: { rewardId, quantity: 1, idempotencyKey } },
    app,
  );
  return success<{ id: string; code: string; status: string; totalCost: number }>(r.data, "redeemReward");
}

export async function redemptionStatus(app: Headers) {
  const r = await gql<{ myRedemptions: { edges: { node: { id: string; status: string } }[] } }>(`{ myRedemptions(first: 20) { edges { node { id status } } } }`, {}, app);
  return r.data.myRedemptions.edges.map((e) => e.node);
}
