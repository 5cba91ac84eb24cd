// Shared setup for the volunteering and points integration tests (tests/api/volunteering*.test.ts,
// points*.test.ts): one document per mutation of the two capabilities, the read fields, and a world
// of two tenants with rules, a team, volunteers, a store and an app acting for residents. Helpers
// move the clock by shifting rows (activities in the past, notices whose period has ended).
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { expect } from "vitest";
import { mutationDoc, success, userError, type As, type TestKit } from "./testkit.js";

const input = (field: string, type: string, select: string) => mutationDoc(field, `$input: ${type}!`, "input: $input", select);
const idInput = (field: string, type: string, select: string, optional = false) =>
  mutationDoc(field, `$id: ID!, $input: ${type}${optional ? "" : "!"}`, "id: $id, input: $input", select);
const idOnly = (field: string, select: string) => mutationDoc(field, "$id: ID!", "id: $id", select);

const ACTIVITY = "id title status phase capacity startsAt endsAt checkInCode confirmedCount waitlistCount placesLeft requiredSkills team { id } pointsRule { id }";
const SIGNUP = "id status waitlistPosition checkedInAt checkInMethod checkedOutAt checkOutMethod minutes hoursStatus verifiedMinutes verifyNote pointsAwarded pointsEntry { id delta kind } volunteer { id } activity { id }";
const CLAIM = "id status points postedPoints reviewNote noticeStatus allowedSteps notice { id status } entry { id delta kind } account { id balance }";
const NOTICE = "id status title content subjectType stage endsAt";
const ENTRY = "id delta kind month note reverses { id } reversedBy { id } account { id balance }";
const REWARD = "id name kind cost stock active";
const REDEMPTION = "id status quantity unitCost totalCost code idempotencyKey rewardName debitEntry { id delta } refundEntry { id delta } account { id balance } reward { id stock }";

/** One document per volunteering and points mutation. */
export const V = {
  createVolunteerCommittee: input("createVolunteerCommittee", "CreateVolunteerCommitteeInput", "id name"),
  updateVolunteerCommittee: idInput("updateVolunteerCommittee", "UpdateVolunteerCommitteeInput", "id name description"),
  addVolunteerCommitteeMember: input("addVolunteerCommitteeMember", "AddVolunteerCommitteeMemberInput", "id name role sitting joinedOn"),
  endVolunteerCommitteeMembership: idInput("endVolunteerCommitteeMembership", "EndVolunteerCommitteeMembershipInput", "id leftOn sitting"),
  createVolunteerTeam: input("createVolunteerTeam", "CreateVolunteerTeamInput", "id name kind memberCount"),
  updateVolunteerTeam: idInput("updateVolunteerTeam", "UpdateVolunteerTeamInput", "id name active allowedSteps"),
  setVolunteerTeamMember: input("setVolunteerTeamMember", "SetVolunteerTeamMemberInput", "id role name leftAt team { id leaderName memberCount }"),
  removeVolunteerTeamMember: idOnly("removeVolunteerTeamMember", "id leftAt team { id memberCount }"),
  registerVolunteer: input("registerVolunteer", "RegisterVolunteerInput", "id name kind skills homeCommunityName workUnit"),
  updateVolunteer: idInput("updateVolunteer", "UpdateVolunteerInput", "id skills workUnit active allowedSteps"),
  createVolunteerActivity: input("createVolunteerActivity", "CreateVolunteerActivityInput", ACTIVITY),
  updateVolunteerActivity: idInput("updateVolunteerActivity", "UpdateVolunteerActivityInput", ACTIVITY),
  publishVolunteerActivity: idOnly("publishVolunteerActivity", ACTIVITY),
  cancelVolunteerActivity: idInput("cancelVolunteerActivity", "VolunteerReasonInput", `${ACTIVITY} cancelReason`),
  resetVolunteerActivityCheckInCode: idOnly("resetVolunteerActivityCheckInCode", ACTIVITY),
  signUpForVolunteerActivity: input("signUpForVolunteerActivity", "SignUpForVolunteerActivityInput", SIGNUP),
  cancelVolunteerSignUp: idInput("cancelVolunteerSignUp", "VolunteerOptionalReasonInput", SIGNUP, true),
  checkInToVolunteerActivity: input("checkInToVolunteerActivity", "VolunteerCheckCodeInput", SIGNUP),
  checkOutOfVolunteerActivity: input("checkOutOfVolunteerActivity", "VolunteerCheckCodeInput", SIGNUP),
  recordVolunteerCheckIn: input("recordVolunteerCheckIn", "RecordVolunteerCheckInput", SIGNUP),
  recordVolunteerCheckOut: input("recordVolunteerCheckOut", "RecordVolunteerCheckInput", SIGNUP),
  approveVolunteerHours: idInput("approveVolunteerHours", "VerifyVolunteerHoursInput", SIGNUP, true),
  adjustVolunteerHours: idInput("adjustVolunteerHours", "AdjustVolunteerHoursInput", SIGNUP),
  rejectVolunteerHours: idInput("rejectVolunteerHours", "VolunteerReasonInput", SIGNUP),
  bulkApproveVolunteerHours: input("bulkApproveVolunteerHours", "BulkApproveVolunteerHoursInput", `approvedCount approved { ${SIGNUP} } skipped { reason signUp { id } }`),
  updatePointsSettings: input("updatePointsSettings", "UpdatePointsSettingsInput", "communityId accountMode publicityExemptMax noticePeriodDays"),
  createPointsRule: input("createPointsRule", "CreatePointsRuleInput", "id name kind category points capPeriod capPoints active"),
  updatePointsRule: idInput("updatePointsRule", "UpdatePointsRuleInput", "id name kind points capPeriod capPoints active allowedSteps"),
  submitPointsClaim: input("submitPointsClaim", "SubmitPointsClaimInput", CLAIM),
  approvePointsClaim: idInput("approvePointsClaim", "ReviewPointsClaimInput", CLAIM, true),
  rejectPointsClaim: idInput("rejectPointsClaim", "PointsReasonInput", CLAIM),
  publishPointsClaims: input("publishPointsClaims", "PublishPointsClaimsInput", NOTICE),
  postPointsClaim: idOnly("postPointsClaim", CLAIM),
  reversePointsEntry: idInput("reversePointsEntry", "PointsReasonInput", ENTRY),
  publishPointsRanking: input("publishPointsRanking", "PublishPointsRankingInput", NOTICE),
  createReward: input("createReward", "CreateRewardInput", REWARD),
  updateReward: idInput("updateReward", "UpdateRewardInput", REWARD),
  adjustRewardStock: idInput("adjustRewardStock", "AdjustRewardStockInput", REWARD),
  redeemReward: input("redeemReward", "RedeemRewardInput", REDEMPTION),
  fulfilRedemption: input("fulfilRedemption", "FulfilRedemptionInput", `${REDEMPTION} fulfilledAt fulfilledByName`),
  cancelRedemption: idInput("cancelRedemption", "CancelRedemptionInput", REDEMPTION, true),
} as const;
export type VName = keyof typeof V;

/** The Query fields of the two capabilities (their tenancy suite covers each). */
export const V_READ_FIELDS = [
  "volunteerCommittee",
  "volunteerTeams",
  "volunteers",
  "myVolunteerRegistrations",
  "volunteerActivities",
  "openVolunteerActivities",
  "publicVolunteerActivities",
  "volunteerSignUps",
  "myVolunteerSignUps",
  "pointsSettings",
  "pointsRules",
  "pointsAccounts",
  "pointsAccountOf",
  "pointsEntries",
  "myPointsAccounts",
  "pointsClaims",
  "pointsRewards",
  "pointsRedemptions",
  "myRedemptions",
  "pointsRanking",
  "pointsRedBlackList",
  "pointsTrend",
  "pointsRankingExcel",
] as const;

/** What a residents' app is granted. */
export const APP_ACTIONS = ["resident:actAs", "volunteer:read", "activity:signUp", "points:read", "store:redeem"];

export const hoursFrom = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
export const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
export const thisMonth = () => today().slice(0, 7);
export const gid = toGlobalId;
export const dbIdOf = (g: string) => Buffer.from(g, "base64").toString("utf8").split(":")[1]!;

type Place = { id: string; gid: string; path: string; kind: "community" };

export function volunteering(kit: TestKit) {
  const run = (m: VName, vars: Record<string, unknown>, as?: As) => kit.gql(V[m], vars, as);
  const ok = async <T = any>(m: VName, vars: Record<string, unknown>, as?: As): Promise<T> => success<T>(await run(m, vars, as), m);
  const err = async (m: VName, vars: Record<string, unknown>, as?: As) => userError(await run(m, vars, as), m);

  /** Every row of both capabilities' tables, the notices and the audit log: a refusal changes none. */
  async function dump() {
    const p = kit.prisma;
    const byId = { orderBy: { id: "asc" as const } };
    const base = await kit.dump();
    return {
      // An app's lastUsedAt is bumped by any request (once a minute), refused or not: not a change.
      base: { ...base, apiClient: base.apiClient.map(({ lastUsedAt: _used, ...c }) => c) },
      committee: await p.volunteerCommittee.findMany(byId),
      members: await p.volunteerCommitteeMember.findMany(byId),
      teams: await p.volunteerTeam.findMany(byId),
      teamMembers: await p.volunteerTeamMember.findMany(byId),
      volunteers: await p.volunteer.findMany(byId),
      activities: await p.volunteerActivity.findMany(byId),
      signUps: await p.volunteerSignUp.findMany(byId),
      settings: await p.pointsSettings.findMany(byId),
      rules: await p.pointsRule.findMany(byId),
      accounts: await p.pointsAccount.findMany(byId),
      entries: await p.pointsEntry.findMany(byId),
      monthly: await p.pointsMonthly.findMany({ orderBy: [{ accountId: "asc" }, { month: "asc" }] }),
      claims: await p.pointsClaim.findMany(byId),
      rewards: await p.reward.findMany(byId),
      redemptions: await p.redemption.findMany(byId),
      notices: await p.notice.findMany(byId),
    };
  }

  /** Refused with `code` on `field`, and nothing changed anywhere. Returns the error. */
  async function refused(m: VName, vars: Record<string, unknown>, as: As | undefined, code: string, field: string | null, headers?: Record<string, string>) {
    const before = await dump();
    const e = userError(await kit.gql(V[m], vars, as, headers), m);
    expect({ code: e.code, field: e.field }, e.message).toEqual({ code, field });
    expect(await dump()).toEqual(before);
    return e;
  }

  /** A community set up through the API by its admin: rules, a team, volunteers, a store. */
  async function setup(c: Place, admin: As, residents: { gid: string }[]) {
    const rule = (v: Record<string, unknown>) => ok("createPointsRule", { input: { communityId: c.gid, ...v } }, admin);
    const rules = {
      hour: await rule({ name: "志愿服务每小时", category: "VOLUNTEER", kind: "PER_HOUR", points: 10 }),
      activity: await rule({ name: "参加志愿活动", category: "VOLUNTEER", kind: "PER_ACTIVITY", points: 5 }),
      hygiene: await rule({ code: "2.1", name: "门前三包整洁", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: 5 }),
      litter: await rule({ code: "2.3", name: "乱扔垃圾", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: -10 }),
    };
    const team = await ok("createVolunteerTeam", { input: { communityId: c.gid, name: "党员义工队", kind: "PARTY" } }, admin);
    const volunteers = [];
    for (const [i, r] of residents.entries()) {
      volunteers.push(await ok("registerVolunteer", { input: { communityId: c.gid, residentId: r.gid, skills: i === 0 ? ["急救", "驾驶"] : ["驾驶"] } }, admin));
    }
    const reward = await ok("createReward", { input: { communityId: c.gid, name: "洗车券", kind: "VOUCHER", cost: 20, stock: 5 } }, admin);
    return { rules, team, volunteers, reward };
  }

  /**
   * Two tenants (A with A2 on one street, B on another), each with an admin, staff, three residents
   * registered as volunteers, rules, a team and a store; an app for A (and A2) acting for residents.
   */
  async function world() {
    const w = await kit.seed.tenants();
    const moreA = [await kit.seed.resident(w.A.community.id, { name: "张志愿" }), await kit.seed.resident(w.A.community.id, { name: "李志愿" })];
    const moreB = [await kit.seed.resident(w.B.community.id, { name: "王志愿" }), await kit.seed.resident(w.B.community.id, { name: "赵志愿" })];
    const residentsA = [w.A.resident, ...moreA];
    const residentsB = [w.B.resident, ...moreB];
    const staffA = await kit.seed.account("STAFF", w.A.community);
    const staffB = await kit.seed.account("STAFF", w.B.community);
    const a = await setup(w.A.community, w.A.admin, residentsA);
    const b = await setup(w.B.community, w.B.admin, residentsB);
    const app = await kit.seed.apiClient([w.A.community.id, w.A2.community.id], APP_ACTIONS, w.A.admin.id);
    await kit.gql(`{ viewer { kind } }`, {}, app); // records lastUsedAt once, so later dumps compare equal
    const appFor = (residentGid: string): As => ({ headers: { ...app.headers, "x-act-as-resident": residentGid } });
    return { ...w, residentsA, residentsB, staffA, staffB, a, b, app, appFor };
  }

  /** An activity through the API (published unless told), starting `startH` hours from now for `hours`. */
  async function activity(c: { gid: string }, as: As, opts: { startH?: number; hours?: number; capacity?: number; ruleId?: string | null; teamId?: string; skills?: string[]; publish?: boolean; title?: string } = {}) {
    const start = opts.startH ?? 24;
    return ok("createVolunteerActivity", {
      input: {
        communityId: c.gid,
        title: opts.title ?? "清洁家园志愿活动",
        place: "村文化广场",
        startsAt: hoursFrom(start),
        endsAt: hoursFrom(start + (opts.hours ?? 2)),
        capacity: opts.capacity ?? 10,
        requiredSkills: opts.skills ?? [],
        pointsRuleId: opts.ruleId ?? null,
        teamId: opts.teamId ?? null,
        publish: opts.publish ?? true,
      },
    }, as);
  }

  /** Move an activity's window (the clock stands still; the rows move). */
  const moveActivity = (id: string, startsAt: string, endsAt: string) =>
    kit.prisma.volunteerActivity.update({ where: { id: dbIdOf(id) }, data: { startsAt: new Date(startsAt), endsAt: new Date(endsAt) } });

  /** End a notice's objection period now. */
  const endNotice = (id: string) => kit.prisma.notice.update({ where: { id: dbIdOf(id) }, data: { endsAt: new Date(Date.now() - 1000) } });

  /** The balance of an account (0 when it does not exist yet). */
  async function balanceOf(residentId: string, communityId: string) {
    const a = await kit.prisma.pointsAccount.findFirst({ where: { residentId: dbIdOf(residentId), communityId } });
    return a?.balance ?? 0;
  }

  const grantRules = new Map<string, string>();
  /**
   * Give a resident `points` through the API: a claim under a rule of that value, approved and
   * posted at once (the community exempts claims up to 100 000 points from publicity). Returns the entry.
   */
  async function grant(c: { gid: string }, admin: As, residentGid: string, points: number) {
    const key = `${c.gid}:${points}`;
    if (!grantRules.has(key)) {
      await ok("updatePointsSettings", { input: { communityId: c.gid, publicityExemptMax: 100_000 } }, admin);
      const rule = await ok("createPointsRule", { input: { communityId: c.gid, name: `奖励${points}分`, category: "OTHER", kind: "PER_OCCURRENCE", points } }, admin);
      grantRules.set(key, rule.id);
    }
    const claim = await ok("submitPointsClaim", { input: { ruleId: grantRules.get(key), residentId: residentGid, occurredOn: today(), reason: "测试奖励" } }, admin);
    await ok("approvePointsClaim", { id: claim.id }, admin);
    return (await ok("postPointsClaim", { id: claim.id }, admin)).entry as { id: string; delta: number };
  }

  return { run, ok, err, dump, refused, world, setup, activity, moveActivity, endNotice, balanceOf, grant };
}
export type VolunteeringKit = ReturnType<typeof volunteering>;
export type VolunteerWorld = Awaited<ReturnType<VolunteeringKit["world"]>>;
