// Roles × every volunteering and points mutation (who may; who is refused with FORBIDDEN and no
// change), and tenancy: community A's admin and app neither read nor change anything of community B
// through any of the two capabilities' root fields. Fails when a new root field of theirs appears
// uncovered.
import type { Role } from "@gongzhi/api/src/generated/prisma/enums.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, rootFields, type As, type TestAccount, type TestKit } from "./testkit.js";
import { hoursFrom, thisMonth, today, V, V_READ_FIELDS, volunteering, type VName, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

const ROLES: Role[] = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"];
const STAFFED: Role[] = ["ADMIN", "STAFF"];

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;
const as = {} as Record<Role, TestAccount>;
let n = 0;

interface Side {
  street: { id: string; path: string; gid: string; kind: "region" };
  c: { id: string; gid: string; path: string; kind: "community" };
  admin: As;
  s: VolunteerWorld["a"];
  committee?: { id: string };
}
let SA: Side;
let SB: Side;

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
  SA = { street: w.streetA, c: w.A.community, admin: w.A.admin, s: w.a };
  SB = { street: w.streetB, c: w.B.community, admin: w.B.admin, s: w.b };
  for (const side of [SA, SB]) await v.ok("updatePointsSettings", { input: { communityId: side.c.gid, publicityExemptMax: 1000 } }, side.admin);
  for (const role of ROLES) as[role] = await kit.seed.account(role, w.streetA);
});
afterAll(async () => {
  await kit?.close();
});

/** Fresh targets in a side, made by its admin. */
const fx = (x: Side) => {
  const ok = (m: VName, vars: Record<string, unknown>) => v.ok(m, vars, x.admin);
  const resident = () => kit.seed.resident(x.c.id, { name: `居民${n++}` });
  const committee = async () => (x.committee ??= await ok("createVolunteerCommittee", { input: { communityId: x.c.gid } }));
  const member = async () => ok("addVolunteerCommitteeMember", { input: { committeeId: (await committee()).id, residentId: (await resident()).gid } });
  const team = () => ok("createVolunteerTeam", { input: { communityId: x.c.gid, name: `队伍${n++}` } });
  const volunteer = async () => ok("registerVolunteer", { input: { communityId: x.c.gid, residentId: (await resident()).gid } });
  const teamMember = async () => ok("setVolunteerTeamMember", { input: { teamId: (await team()).id, volunteerId: (await volunteer()).id } });
  const activity = (publish = true, startH = 24) => v.activity(x.c, x.admin, { publish, startH, ruleId: x.s.rules.hour.id });
  const signUp = async () => ok("signUpForVolunteerActivity", { input: { activityId: (await activity()).id, volunteerId: (await volunteer()).id } });
  /** A sign-up of a past activity, checked in, and out unless `out` is false. */
  const served = async (out = true) => {
    const a = await activity(true, 1);
    const s = await ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: (await volunteer()).id } });
    await v.moveActivity(a.id, hoursFrom(-3), hoursFrom(-1));
    await ok("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(-3.2) } });
    if (out) await ok("recordVolunteerCheckOut", { input: { signUpId: s.id, at: hoursFrom(-1) } });
    return { activity: a, signUp: s };
  };
  const claim = async () => ok("submitPointsClaim", { input: { ruleId: x.s.rules.hygiene.id, residentId: (await resident()).gid, occurredOn: today(), reason: "好人好事" } });
  const approved = async () => ok("approvePointsClaim", { id: (await claim()).id });
  const funded = async (points = 40) => {
    const r = await resident();
    await v.grant(x.c, x.admin, r.gid, points);
    return r;
  };
  const reward = () => ok("createReward", { input: { communityId: x.c.gid, name: `礼品${n++}`, kind: "GOODS", cost: 10, stock: 100 } });
  const redemption = async () => ok("redeemReward", { input: { rewardId: (await reward()).id, quantity: 1, idempotencyKey: `k-${n++}`, residentId: (await funded()).gid } });
  return { resident, committee, member, team, volunteer, teamMember, activity, signUp, served, claim, approved, funded, reward, redemption };
};

interface Case {
  roles: Role[];
  deniedOn: string;
  vars: (x: Side) => Promise<Record<string, unknown>>;
}

const CASES: Record<VName, Case> = {
  createVolunteerCommittee: { roles: STAFFED, deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: (await kit.seed.community(x.street)).gid } }) },
  updateVolunteerCommittee: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).committee()).id, input: { description: `说明${n++}` } }) },
  addVolunteerCommitteeMember: { roles: STAFFED, deniedOn: "input.committeeId", vars: async (x) => ({ input: { committeeId: (await fx(x).committee()).id, residentId: (await fx(x).resident()).gid } }) },
  endVolunteerCommitteeMembership: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).member()).id, input: { leftOn: today() } }) },
  createVolunteerTeam: { roles: STAFFED, deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, name: `新队${n++}` } }) },
  updateVolunteerTeam: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).team()).id, input: { description: "说明" } }) },
  setVolunteerTeamMember: { roles: STAFFED, deniedOn: "input.teamId", vars: async (x) => ({ input: { teamId: (await fx(x).team()).id, volunteerId: (await fx(x).volunteer()).id } }) },
  removeVolunteerTeamMember: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).teamMember()).id }) },
  registerVolunteer: { roles: STAFFED, deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, residentId: (await fx(x).resident()).gid } }) },
  updateVolunteer: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).volunteer()).id, input: { skills: ["急救"] } }) },
  createVolunteerActivity: {
    roles: STAFFED,
    deniedOn: "input.communityId",
    vars: async (x) => ({ input: { communityId: x.c.gid, title: "活动", place: "广场", startsAt: hoursFrom(24), endsAt: hoursFrom(26), capacity: 5 } }),
  },
  updateVolunteerActivity: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).activity()).id, input: { place: "礼堂" } }) },
  publishVolunteerActivity: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).activity(false)).id }) },
  cancelVolunteerActivity: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).activity()).id, input: { reason: "改期" } }) },
  resetVolunteerActivityCheckInCode: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).activity()).id }) },
  signUpForVolunteerActivity: { roles: STAFFED, deniedOn: "input.activityId", vars: async (x) => ({ input: { activityId: (await fx(x).activity()).id, volunteerId: (await fx(x).volunteer()).id } }) },
  cancelVolunteerSignUp: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).signUp()).id }) },
  // Residents' apps only: no account scans a code (an admin holds activity:signUp only to grant it to apps).
  checkInToVolunteerActivity: { roles: [], deniedOn: "input.code", vars: async (x) => ({ input: { code: (await fx(x).activity(true, 0)).checkInCode } }) },
  checkOutOfVolunteerActivity: { roles: [], deniedOn: "input.code", vars: async (x) => ({ input: { code: (await fx(x).activity(true, 0)).checkInCode } }) },
  recordVolunteerCheckIn: {
    roles: STAFFED,
    deniedOn: "input.signUpId",
    vars: async (x) => {
      const a = await fx(x).activity(true, 1);
      const s = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: (await fx(x).volunteer()).id } }, x.admin);
      await v.moveActivity(a.id, hoursFrom(-1), hoursFrom(1));
      return { input: { signUpId: s.id } };
    },
  },
  recordVolunteerCheckOut: { roles: STAFFED, deniedOn: "input.signUpId", vars: async (x) => ({ input: { signUpId: (await fx(x).served(false)).signUp.id } }) },
  approveVolunteerHours: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).served()).signUp.id }) },
  adjustVolunteerHours: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).served()).signUp.id, input: { minutes: 30, reason: "提前离开" } }) },
  rejectVolunteerHours: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).served()).signUp.id, input: { reason: "未参加" } }) },
  bulkApproveVolunteerHours: { roles: STAFFED, deniedOn: "input.activityId", vars: async (x) => ({ input: { activityId: (await fx(x).served()).activity.id } }) },
  updatePointsSettings: { roles: ["ADMIN"], deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, noticePeriodDays: 5 + (n++ % 5) } }) },
  createPointsRule: { roles: ["ADMIN"], deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, name: `规则${n++}`, category: "OTHER", kind: "PER_OCCURRENCE", points: 2 } }) },
  updatePointsRule: { roles: ["ADMIN"], deniedOn: "id", vars: async (x) => ({ id: x.s.rules.activity.id, input: { description: `说明${n++}` } }) },
  submitPointsClaim: { roles: ["ADMIN", "STAFF", "GRID_WORKER"], deniedOn: "input.ruleId", vars: async (x) => ({ input: { ruleId: x.s.rules.hygiene.id, residentId: (await fx(x).resident()).gid, occurredOn: today(), reason: "好人好事" } }) },
  approvePointsClaim: { roles: ["ADMIN"], deniedOn: "id", vars: async (x) => ({ id: (await fx(x).claim()).id }) },
  rejectPointsClaim: { roles: ["ADMIN"], deniedOn: "id", vars: async (x) => ({ id: (await fx(x).claim()).id, input: { reason: "不属实" } }) },
  publishPointsClaims: { roles: ["ADMIN"], deniedOn: "input.claimIds.0", vars: async (x) => ({ input: { claimIds: [(await fx(x).approved()).id] } }) },
  postPointsClaim: { roles: ["ADMIN"], deniedOn: "id", vars: async (x) => ({ id: (await fx(x).approved()).id }) },
  reversePointsEntry: {
    roles: ["ADMIN"],
    deniedOn: "id",
    vars: async (x) => {
      const r = await fx(x).resident();
      return { id: (await v.grant(x.c, x.admin, r.gid, 40)).id, input: { reason: "错录" } };
    },
  },
  publishPointsRanking: { roles: STAFFED, deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, period: thisMonth() } }) },
  createReward: { roles: STAFFED, deniedOn: "input.communityId", vars: async (x) => ({ input: { communityId: x.c.gid, name: `物品${n++}`, kind: "GOODS", cost: 5, stock: 1 } }) },
  updateReward: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: x.s.reward.id, input: { description: `说明${n++}` } }) },
  adjustRewardStock: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: x.s.reward.id, input: { delta: 1, reason: "入库" } }) },
  redeemReward: {
    roles: STAFFED,
    deniedOn: "input.rewardId",
    vars: async (x) => ({ input: { rewardId: (await fx(x).reward()).id, quantity: 1, idempotencyKey: `k-${n++}`, residentId: (await fx(x).funded()).gid } }),
  },
  fulfilRedemption: {
    roles: STAFFED,
    deniedOn: "input.communityId",
    vars: async (x) => {
      const r = await fx(x).redemption();
      return { input: { communityId: x.c.gid, code: r.code } };
    },
  },
  cancelRedemption: { roles: STAFFED, deniedOn: "id", vars: async (x) => ({ id: (await fx(x).redemption()).id }) },
};

describe("coverage", () => {
  it("every volunteering and points root field is covered here, and nothing else is claimed", async () => {
    const fields = await rootFields(kit);
    for (const f of Object.keys(V)) expect(fields.mutation, f).toContain(f);
    for (const f of V_READ_FIELDS) expect(fields.query, f).toContain(f);
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(V).sort());
    expect(Object.keys(READS).sort()).toEqual([...V_READ_FIELDS].sort());
    // A new field named like these capabilities must be added to the kit (and so to this suite).
    const mine = /volunteer|points|reward|redemption|redeem/i;
    expect(fields.query.filter((f) => mine.test(f)).sort()).toEqual([...V_READ_FIELDS].sort());
    expect(fields.mutation.filter((f) => mine.test(f)).sort()).toEqual(Object.keys(V).sort());
  });
});

describe.each(ROLES)("%s on A's street", (role) => {
  for (const [field, c] of Object.entries(CASES) as [VName, Case][]) {
    const allowed = c.roles.includes(role);
    it(`${allowed ? "can" : "cannot"} ${field}`, async () => {
      const vars = await c.vars(SA);
      const audits = await kit.auditCount();
      if (allowed) {
        await v.ok(field, vars, as[role]);
        expect(await kit.auditCount()).toBeGreaterThan(audits);
      } else {
        const e = await v.err(field, vars, as[role]);
        expect({ code: e.code, field: e.field }, e.message).toEqual({ code: "FORBIDDEN", field: c.deniedOn });
        expect(await kit.auditCount()).toBe(audits);
      }
    });
  }
  it("reads teams, activities, rules, the store and rankings (volunteer:read and points:read are held by every role)", async () => {
    const r = await kit.gql(
      `query($c: ID!, $m: String!) { volunteerTeams(communityId: $c) { totalCount } volunteerActivities(communityId: $c) { totalCount } pointsRules(communityId: $c) { totalCount } pointsRewards(communityId: $c) { totalCount } pointsRanking(nodeId: $c, period: $m) { accountCount } }`,
      { c: SA.c.gid, m: thisMonth() },
      as[role],
    );
    expect(r.errors).toBeUndefined();
    for (const f of ["volunteerTeams", "volunteerActivities", "pointsRules", "pointsRewards"]) expect(r.data[f].totalCount, f).toBeGreaterThan(0);
  });
});

describe("tenancy: community A's admin and app and community B's rows", () => {
  for (const [field, c] of Object.entries(CASES) as [VName, Case][]) {
    it(`Mutation.${field} changes nothing of B`, async () => {
      const vars = await c.vars(SB);
      await v.refused(field, vars, w.A.admin, "NOT_FOUND", c.deniedOn);
    });
  }

  it("A's app acting for A's resident signs up, scans, redeems and cancels nothing of B", async () => {
    const app = w.appFor(w.residentsA[1]!.gid);
    const act = await fx(SB).activity(true, 0);
    const red = await fx(SB).redemption();
    await v.refused("signUpForVolunteerActivity", { input: { activityId: act.id } }, app, "NOT_FOUND", "input.activityId");
    await v.refused("checkInToVolunteerActivity", { input: { code: act.checkInCode } }, app, "NOT_FOUND", "input.code");
    await v.refused("checkOutOfVolunteerActivity", { input: { code: act.checkInCode } }, app, "NOT_FOUND", "input.code");
    await v.refused("registerVolunteer", { input: { communityId: SB.c.gid } }, app, "NOT_FOUND", "input.communityId");
    await v.refused("redeemReward", { input: { rewardId: SB.s.reward.id, quantity: 1, idempotencyKey: "tenancy-key-1" } }, app, "NOT_FOUND", "input.rewardId");
    await v.refused("cancelRedemption", { id: red.id }, app, "NOT_FOUND", "id");
    await v.refused("cancelVolunteerSignUp", { id: (await fx(SB).signUp()).id }, app, "NOT_FOUND", "id");
  });
});

const empty = { totalCount: 0, edges: [] };
const A = () => w.A.admin;
const app = () => w.appFor(w.residentsA[1]!.gid);
async function q(query: string, vars: Record<string, unknown>, viewer: As) {
  const r = await kit.gql(query, vars, viewer);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data)[0] as any;
}
const conn = (field: string, args = "communityId: $c") => `query($c: ID!) { ${field}(${args}) { totalCount edges { node { id } } } }`;

/** Every Query field of the two capabilities: nothing of B shows to A's admin or A's app. */
const READS: Record<(typeof V_READ_FIELDS)[number], () => Promise<void>> = {
  async volunteerCommittee() {
    await fx(SB).committee();
    for (const viewer of [A(), app()]) expect(await q(`query($c: ID!) { volunteerCommittee(communityId: $c) { id } }`, { c: SB.c.gid }, viewer)).toBeNull();
  },
  async volunteerTeams() {
    for (const viewer of [A(), app()]) expect(await q(conn("volunteerTeams"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async volunteers() {
    for (const viewer of [A(), app()]) expect(await q(conn("volunteers"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async myVolunteerRegistrations() {
    const mine = await q(`{ myVolunteerRegistrations { id community { id } } }`, {}, app());
    expect(mine.map((x: any) => x.community.id)).toEqual([SA.c.gid]);
    expect(await q(`{ myVolunteerRegistrations { id } }`, {}, A())).toEqual([]);
  },
  async volunteerActivities() {
    await fx(SB).activity();
    for (const viewer of [A(), app()]) expect(await q(conn("volunteerActivities"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async openVolunteerActivities() {
    const b = await fx(SB).activity();
    const open = await q(`{ openVolunteerActivities(first: 100) { edges { node { id community { id } } } } }`, {}, app());
    expect(open.edges.map((e: any) => e.node.id)).not.toContain(b.id);
    expect(new Set(open.edges.map((e: any) => e.node.community.id))).toEqual(new Set([SA.c.gid]));
    expect(await q(`{ openVolunteerActivities { totalCount } }`, {}, A())).toEqual({ totalCount: 0 });
  },
  async publicVolunteerActivities() {
    // Public (no sign-in): a community's published activities not yet ended, whoever asks; never a draft.
    await fx(SB).activity(true);
    await fx(SB).activity(false);
    const shown = await kit.prisma.volunteerActivity.count({ where: { communityId: SB.c.id, status: "PUBLISHED", endsAt: { gt: new Date() } } });
    expect(await kit.prisma.volunteerActivity.count({ where: { communityId: SB.c.id, status: "DRAFT" } })).toBeGreaterThan(0);
    for (const viewer of [undefined, A(), app()]) {
      const r = await kit.gql(`query($c: ID!) { publicVolunteerActivities(communityId: $c) { title phase } }`, { c: SB.c.gid }, viewer);
      expect(r.errors).toBeUndefined();
      expect(r.data.publicVolunteerActivities).toHaveLength(Math.min(shown, 50));
      expect(r.data.publicVolunteerActivities.every((a: { phase: string }) => a.phase !== "ENDED")).toBe(true);
    }
  },
  async volunteerSignUps() {
    await fx(SB).signUp();
    for (const viewer of [A(), app()]) expect(await q(conn("volunteerSignUps"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async myVolunteerSignUps() {
    const b = await fx(SB).signUp();
    const mine = await q(`{ myVolunteerSignUps(first: 100) { edges { node { id } } } }`, {}, app());
    expect(mine.edges.map((e: any) => e.node.id)).not.toContain(b.id);
  },
  async pointsSettings() {
    for (const viewer of [A(), app()]) expect(await q(`query($c: ID!) { pointsSettings(communityId: $c) { accountMode } }`, { c: SB.c.gid }, viewer)).toBeNull();
  },
  async pointsRules() {
    for (const viewer of [A(), app()]) expect(await q(conn("pointsRules"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async pointsAccounts() {
    await fx(SB).funded();
    for (const viewer of [A(), app()]) expect(await q(conn("pointsAccounts"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async pointsAccountOf() {
    const r = await fx(SB).funded();
    for (const viewer of [A(), app()]) expect(await q(`query($r: ID!) { pointsAccountOf(residentId: $r) { id } }`, { r: r.gid }, viewer)).toBeNull();
  },
  async pointsEntries() {
    for (const viewer of [A(), app()]) expect(await q(conn("pointsEntries"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async myPointsAccounts() {
    await v.grant(SA.c, SA.admin, w.residentsA[1]!.gid, 5);
    const mine = await q(`{ myPointsAccounts { community { id } } }`, {}, app());
    expect(mine).toEqual([{ community: { id: SA.c.gid } }]);
    expect(await q(`{ myPointsAccounts { id } }`, {}, A())).toEqual([]);
  },
  async pointsClaims() {
    await fx(SB).claim();
    for (const viewer of [A(), app()]) expect(await q(conn("pointsClaims"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async pointsRewards() {
    for (const viewer of [A(), app()]) expect(await q(conn("pointsRewards"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async pointsRedemptions() {
    await fx(SB).redemption();
    for (const viewer of [A(), app()]) expect(await q(conn("pointsRedemptions"), { c: SB.c.gid }, viewer)).toEqual(empty);
  },
  async myRedemptions() {
    const b = await fx(SB).redemption();
    const mine = await q(`{ myRedemptions(first: 100) { edges { node { id } } } }`, {}, app());
    expect(mine.edges.map((e: any) => e.node.id)).not.toContain(b.id);
    expect(await q(`{ myRedemptions { totalCount } }`, {}, A())).toEqual({ totalCount: 0 });
  },
  async pointsRanking() {
    for (const n of [SB.c.gid, w.streetB.gid, w.district.gid]) {
      expect(gqlError(await kit.gql(`query($n: ID!) { pointsRanking(nodeId: $n, period: "2026") { accountCount } }`, { n }, A()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    }
  },
  async pointsRedBlackList() {
    expect(gqlError(await kit.gql(`query($n: ID!) { pointsRedBlackList(nodeId: $n, period: "2026") { red { name } } }`, { n: SB.c.gid }, app()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
  },
  async pointsTrend() {
    expect(gqlError(await kit.gql(`query($n: ID!) { pointsTrend(nodeId: $n, period: "2026") { months { month } } }`, { n: w.streetB.gid }, A()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
  },
  async pointsRankingExcel() {
    expect(gqlError(await kit.gql(`query($n: ID!) { pointsRankingExcel(nodeId: $n, period: "2026") { size } }`, { n: SB.c.gid }, A()))).toMatchObject({ code: "NOT_FOUND" });
  },
};

describe("tenancy of every read", () => {
  for (const [field, check] of Object.entries(READS)) it(`Query.${field} shows nothing of B`, check);

  it("node(id:) shows none of B's rows", async () => {
    const f = fx(SB);
    const served = await f.served();
    await v.ok("approveVolunteerHours", { id: served.signUp.id }, SB.admin);
    const red = await f.redemption();
    const ids = [
      (await f.committee()).id,
      (await f.member()).id,
      (await f.team()).id,
      (await f.teamMember()).id,
      (await f.volunteer()).id,
      served.activity.id,
      served.signUp.id,
      SB.s.rules.hour.id,
      (await f.claim()).id,
      SB.s.reward.id,
      red.id,
      red.debitEntry.id,
      red.account.id,
    ];
    for (const id of ids) {
      for (const viewer of [A(), app()]) expect((await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, viewer)).data, id).toEqual({ node: null });
      expect((await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, SB.admin)).data.node, id).toEqual({ id });
    }
  });
});
