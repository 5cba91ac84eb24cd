// The resident side attacked (issue #14): a resident signed in with their own cookie (gz_resident,
// the RESIDENT actor) double-clicks, races, reaches for a neighbour's records and for staff work.
// Ten redemptions at once when the balance covers one: one. The same idempotency key ten times: one
// debit. Ten co-signatures at once: one. Another resident's points, redemptions and tickets: the
// same answer as an id that names nothing. Staff mutations: refused, nothing written. (Another
// community's ids for every operation: notfound.test.ts walks them as this actor too.)
import { hashToken, newToken } from "@gongzhi/api/src/shared/tokens.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliberation, dbIdOf as dDbId } from "../api/deliberation.kit.js";
import { createTestKit, type As, type GqlResult, type TestKit } from "../api/testkit.js";
import { dbIdOf, volunteering, type VolunteerWorld, type VolunteeringKit } from "../api/volunteering-kit.js";

/** A fresh resident of 社区 A (the world's own residents stay for the kit's other uses). */
const newcomer = () => kit.seed.resident(w.A.community.id);

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

/** A resident signed in on the resident side: a session row as signInResident makes it, and its cookie. */
async function signedIn(resident: { id: string; communityId: string }): Promise<As> {
  const token = newToken("gzr");
  await kit.prisma.residentSession.create({ data: { residentId: resident.id, communityId: resident.communityId, tokenHash: hashToken(token), method: "CODE", expiresAt: new Date(Date.now() + 3_600_000) } });
  return { headers: { cookie: `gz_resident=${token}` } };
}

/** The same mutation `n` times at once: the payloads that succeeded and the typed refusals; no request may end in an unexpected error. */
async function race(field: string, doc: string, vars: Record<string, unknown> | ((i: number) => Record<string, unknown>), as: As, n = 10) {
  const results: GqlResult[] = await Promise.all(Array.from({ length: n }, (_x, i) => kit.gql(doc, typeof vars === "function" ? vars(i) : vars, as)));
  expect(results.map((r) => r.errors).filter(Boolean), "no request ends in an unexpected error").toEqual([]);
  const payloads = results.map((r) => r.data[field]);
  return {
    won: payloads.filter((p) => p.__typename !== "UserError").map((p) => p.data),
    refused: payloads.filter((p) => p.__typename === "UserError") as { code: string; field: string | null; message: string }[],
  };
}

const REDEEM = `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { __typename ... on UserError { code field message } ... on MutationRedeemRewardSuccess { data { id code totalCost } } } }`;

describe("a signed-in resident racing the points store", () => {
  it("ten redemptions at once when the balance covers one: one redemption, the rest refused, never below zero", async () => {
    const me = await newcomer();
    const as = await signedIn({ id: me.id, communityId: w.A.community.id });
    await v.grant(w.A.community, w.A.admin, me.gid, 30);
    const reward = await v.ok("createReward", { input: { communityId: w.A.community.gid, name: "抢兑毛巾", kind: "GOODS", cost: 20, stock: 10 } }, w.staffA);
    const { won, refused } = await race("redeemReward", REDEEM, (i) => ({ input: { rewardId: reward.id, quantity: 1, idempotencyKey: `race-${i}` } }), as);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const e of refused) expect(e.code).toBe("CONFLICT");
    expect(await v.balanceOf(me.gid, w.A.community.id)).toBe(10);
    expect(await kit.prisma.redemption.count({ where: { rewardId: dbIdOf(reward.id) } })).toBe(1);
    expect((await kit.prisma.reward.findUniqueOrThrow({ where: { id: dbIdOf(reward.id) } })).stock).toBe(9);
  });

  it("the same idempotency key ten times at once (a double-tapped button): one redemption, one debit", async () => {
    const me = await newcomer();
    const as = await signedIn({ id: me.id, communityId: w.A.community.id });
    await v.grant(w.A.community, w.A.admin, me.gid, 100);
    const reward = await v.ok("createReward", { input: { communityId: w.A.community.gid, name: "双击香皂", kind: "GOODS", cost: 15, stock: 10 } }, w.staffA);
    const { won, refused } = await race("redeemReward", REDEEM, { input: { rewardId: reward.id, quantity: 1, idempotencyKey: "tap-tap" } }, as);
    // A retry with the key returns the first redemption; a copy still racing the first may be refused instead: never a second debit.
    expect(new Set(won.map((r: { id: string }) => r.id)).size).toBe(1);
    for (const e of refused) expect(["CONFLICT", "DUPLICATE"]).toContain(e.code);
    expect(await v.balanceOf(me.gid, w.A.community.id)).toBe(85);
    expect(await kit.prisma.redemption.count({ where: { rewardId: dbIdOf(reward.id) } })).toBe(1);
  });
});

describe("a signed-in resident co-signing", () => {
  it("ten co-signatures of one topic at once: one, the rest DUPLICATE, the count right", async () => {
    const d = deliberation(kit);
    const dw = await d.community({ cosignThreshold: 5 });
    const topic = await d.ok("proposeTopic", { input: { communityId: dw.community.gid, title: "村口增设公交站牌", description: "村民进城要走两公里去等车。", category: "PUBLIC_FACILITIES" } }, dw.asResident(10));
    const as = await signedIn(dw.residents[11]!);
    const doc = `mutation($id: ID!) { cosignTopic(id: $id) { __typename ... on UserError { code field message } ... on MutationCosignTopicSuccess { data { id cosignCount } } } }`;
    const { won, refused } = await race("cosignTopic", doc, { id: topic.id }, as);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const e of refused) expect(e).toMatchObject({ code: "DUPLICATE", field: "id" });
    expect(refused[0]!.message).toMatch(/已为该议题联名/);
    const row = await kit.prisma.topic.findUniqueOrThrow({ where: { id: dDbId(topic.id) } });
    expect(row.cosignCount).toBe(1);
    expect(await kit.prisma.topicCosignature.count({ where: { topicId: row.id } })).toBe(1);
    // The proposer, signed in themselves, cannot co-sign their own topic.
    const proposer = await signedIn(dw.residents[10]!);
    const own = await kit.gql(doc, { id: topic.id }, proposer);
    expect(own.data.cosignTopic).toMatchObject({ __typename: "UserError", code: "CONFLICT" });
  });
});

describe("a signed-in resident reaching for a neighbour's records and for staff work", () => {
  it("another resident's points account and redemption answer like ids that name nothing; their own lists hold only their own", async () => {
    const mine = await newcomer();
    const theirs = await newcomer();
    await v.grant(w.A.community, w.A.admin, theirs.gid, 40);
    const reward = await v.ok("createReward", { input: { communityId: w.A.community.gid, name: "邻居的米", kind: "GOODS", cost: 10, stock: 10 } }, w.staffA);
    const theirsAs = await signedIn({ id: theirs.id, communityId: w.A.community.id });
    const redemption = (await kit.gql(REDEEM, { input: { rewardId: reward.id, quantity: 1, idempotencyKey: "neighbour" } }, theirsAs)).data.redeemReward.data;
    const account = await kit.prisma.pointsAccount.findFirstOrThrow({ where: { residentId: theirs.id } });
    const as = await signedIn({ id: mine.id, communityId: w.A.community.id });
    const node = async (id: string) => (await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, as)).data.node;
    const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
    expect(await node(gid("PointsAccount", account.id))).toBeNull();
    expect(await node(redemption.id)).toBeNull();
    expect(await node(gid("Redemption", crypto.randomUUID()))).toBeNull();
    const lists = await kit.gql(`{ myRedemptions { totalCount } myPointsAccounts { id } viewer { kind actingResident { id } } }`, {}, as);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ myRedemptions: { totalCount: 0 }, myPointsAccounts: [], viewer: { kind: "RESIDENT", actingResident: { id: mine.gid } } });
    // The pickup code is the neighbour's to show: redeeming with it is staff work.
    const before = await kit.auditCount();
    const fulfil = await kit.gql(`mutation($input: FulfilRedemptionInput!) { fulfilRedemption(input: $input) { __typename ... on UserError { code } } }`, { input: { code: redemption.code, communityId: w.A.community.gid } }, as);
    expect(fulfil.errors?.[0]?.extensions?.code ?? fulfil.data?.fulfilRedemption?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED|NOT_FOUND/);
    expect(await kit.auditCount()).toBe(before);
    expect((await kit.prisma.redemption.findUniqueOrThrow({ where: { id: dbIdOf(redemption.id) } })).status).toBe("PENDING");
  });

  it("staff mutations are refused and write nothing", async () => {
    const as = await signedIn({ id: (await newcomer()).id, communityId: w.A.community.id });
    const before = await kit.auditCount();
    const rewards = await kit.prisma.reward.count();
    const create = await kit.gql(
      `mutation($input: CreateRewardInput!) { createReward(input: $input) { __typename ... on UserError { code } } }`,
      { input: { communityId: w.A.community.gid, name: "自封奖品", kind: "GOODS", cost: 1 } },
      as,
    );
    expect(create.errors?.[0]?.extensions?.code ?? create.data?.createReward?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const rule = await kit.gql(
      `mutation($input: CreatePointsRuleInput!) { createPointsRule(input: $input) { __typename ... on UserError { code } } }`,
      { input: { communityId: w.A.community.gid, name: "自己给自己加分", category: "OTHER", kind: "PER_OCCURRENCE", points: 1000 } },
      as,
    );
    expect(rule.errors?.[0]?.extensions?.code ?? rule.data?.createPointsRule?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(await kit.auditCount()).toBe(before);
    expect(await kit.prisma.reward.count()).toBe(rewards);
  });

  it("a resident of one community redeems nothing in another", async () => {
    const as = await signedIn({ id: (await newcomer()).id, communityId: w.A.community.id });
    const rewardB = await v.ok("createReward", { input: { communityId: w.B.community.gid, name: "别村的油", kind: "GOODS", cost: 1, stock: 5 } }, w.staffB);
    const res = await kit.gql(REDEEM, { input: { rewardId: rewardB.id, quantity: 1, idempotencyKey: "elsewhere" } }, as);
    const random = await kit.gql(REDEEM, { input: { rewardId: Buffer.from(`Reward:${crypto.randomUUID()}`).toString("base64"), quantity: 1, idempotencyKey: "nowhere" } }, as);
    expect(res.data.redeemReward).toEqual(random.data.redeemReward);
    expect(res.data.redeemReward).toMatchObject({ __typename: "UserError", code: "NOT_FOUND" });
    expect(await kit.prisma.redemption.count({ where: { rewardId: dbIdOf(rewardB.id) } })).toBe(0);
  });
});
