// The volunteer committee through the API: committee and teams with leaders, volunteers (双报到
// included), activities with a waiting list, check-in/out by QR code and by staff, and verified
// hours paying points only on approval.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, type TestKit } from "./testkit.js";
import { dbIdOf, hoursFrom, today, volunteering, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
const me = () => w.appFor(w.residentsA[1]!.gid); // 张志愿, a volunteer of A
const stepsOf = async (id: string, as: Parameters<typeof kit.gql>[2]) => {
  const node = (
    await kit.gql(
      `query($id: ID!) { node(id: $id) { ... on VolunteerCommitteeMember { seat: allowedSteps } ... on VolunteerTeamMember { team: allowedSteps } ... on VolunteerTeam { row: allowedSteps } ... on Volunteer { record: allowedSteps } } }`,
      { id },
      as,
    )
  ).data.node;
  return node.seat ?? node.team ?? node.row ?? node.record;
};

describe("the committee and its teams", () => {
  it("one committee per community, one director at a time; members leave with a date", async () => {
    const c = await v.ok("createVolunteerCommittee", { input: { communityId: w.A.community.gid } }, A());
    expect(c.name).toMatch(/志愿服务委员会$/);
    await v.refused("createVolunteerCommittee", { input: { communityId: w.A.community.gid } }, A(), "DUPLICATE", "input.communityId");
    const director = await v.ok("addVolunteerCommitteeMember", { input: { committeeId: c.id, residentId: w.residentsA[0]!.gid, role: "DIRECTOR" } }, A());
    expect(director).toMatchObject({ role: "DIRECTOR", sitting: true, joinedOn: today() });
    await v.refused("addVolunteerCommitteeMember", { input: { committeeId: c.id, residentId: w.residentsA[1]!.gid, role: "DIRECTOR" } }, A(), "CONFLICT", "input.role");
    await v.refused("addVolunteerCommitteeMember", { input: { committeeId: c.id, residentId: w.residentsA[0]!.gid } }, A(), "DUPLICATE", "input.residentId");
    await v.refused("addVolunteerCommitteeMember", { input: { committeeId: c.id, residentId: w.B.resident.gid } }, A(), "NOT_FOUND", "input.residentId");
    // allowedSteps: staff with volunteer:manage may end a sitting membership, an app may not; nobody ends it twice.
    expect(await stepsOf(director.id, A())).toEqual(["END"]);
    expect(await stepsOf(director.id, me())).toEqual([]);
    const ended = await v.ok("endVolunteerCommitteeMembership", { id: director.id, input: { leftOn: today(), reason: "换届" } }, A());
    expect(ended.sitting).toBe(false);
    expect(await stepsOf(director.id, A())).toEqual([]);
    await v.refused("endVolunteerCommitteeMembership", { id: director.id, input: { leftOn: today() } }, A(), "CONFLICT", "id");
    expect((await v.ok("addVolunteerCommitteeMember", { input: { committeeId: c.id, residentId: w.residentsA[1]!.gid, role: "DIRECTOR" } }, A())).role).toBe("DIRECTOR");
    const read = await kit.gql(`query($c: ID!) { volunteerCommittee(communityId: $c) { name members { name role } all: members(includeFormer: true) { name } } }`, { c: w.A.community.gid }, w.staffA);
    expect(read.data.volunteerCommittee.members).toEqual([{ name: "张志愿", role: "DIRECTOR" }]);
    expect(read.data.volunteerCommittee.all).toHaveLength(2);
  });

  it("a team has one leader; members join, change role, leave and rejoin", async () => {
    const team = await v.ok("createVolunteerTeam", { input: { communityId: w.A.community.gid, name: "山歌队", kind: "CULTURE" } }, w.staffA);
    await v.refused("createVolunteerTeam", { input: { communityId: w.A.community.gid, name: "山歌队" } }, w.staffA, "DUPLICATE", "input.name");
    const [v0, v1] = w.a.volunteers;
    const leader = await v.ok("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: v0.id, role: "LEADER" } }, w.staffA);
    expect(leader.team).toMatchObject({ leaderName: w.A.resident.name, memberCount: 1 });
    await v.refused("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: v1.id, role: "LEADER" } }, w.staffA, "CONFLICT", "input.role");
    const member = await v.ok("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: v1.id } }, w.staffA);
    expect(member.team.memberCount).toBe(2);
    await v.refused("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: w.b.volunteers[0].id } }, w.staffA, "NOT_FOUND", "input.volunteerId");
    expect(await stepsOf(member.id, w.staffA)).toEqual(["REMOVE"]);
    expect(await stepsOf(member.id, me())).toEqual([]);
    const left = await v.ok("removeVolunteerTeamMember", { id: member.id }, w.staffA);
    expect(left.team.memberCount).toBe(1);
    expect(await stepsOf(member.id, w.staffA)).toEqual([]);
    await v.refused("removeVolunteerTeamMember", { id: member.id }, w.staffA, "CONFLICT", "id");
    expect((await v.ok("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: v1.id, role: "DEPUTY_LEADER" } }, w.staffA)).leftAt).toBeNull();
    const list = await kit.gql(`query($c: ID!, $t: ID!) { volunteers(communityId: $c, teamId: $t) { totalCount } }`, { c: w.A.community.gid, t: team.id }, w.staffA);
    expect(list.data.volunteers.totalCount).toBe(2);
    // The team's own steps: staff edit it, switch it off or on (updateVolunteerTeam) and, while it is active, put volunteers in it; an app and an auditor do none.
    expect(await stepsOf(team.id, w.staffA)).toEqual(["EDIT", "DEACTIVATE", "SET_MEMBER"]);
    expect(await stepsOf(team.id, me())).toEqual([]);
    expect(await stepsOf(team.id, await kit.seed.account("AUDITOR", w.A.community))).toEqual([]);
    expect((await v.ok("updateVolunteerTeam", { id: team.id, input: { active: false } }, w.staffA)).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
    await v.refused("setVolunteerTeamMember", { input: { teamId: team.id, volunteerId: v0.id } }, w.staffA, "CONFLICT", "input.teamId");
  });
});

describe("volunteers", () => {
  it("residents register through staff or their app, once per community", async () => {
    const r = await kit.seed.resident(w.A.community.id, { name: "新志愿" });
    const mine = await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid, skills: ["摄影", "摄影"] } }, w.appFor(r.gid));
    expect(mine).toMatchObject({ name: "新志愿", kind: "RESIDENT", skills: ["摄影"] });
    await v.refused("registerVolunteer", { input: { communityId: w.A.community.gid } }, w.appFor(r.gid), "DUPLICATE", "input.communityId");
    await v.refused("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: w.A.resident.gid } }, w.appFor(r.gid), "FORBIDDEN", "input.residentId");
    await v.refused("registerVolunteer", { input: { communityId: w.A.community.gid } }, w.staffA, "REQUIRED", "input.residentId");
    // The app updates its own skills, not staff's fields.
    expect((await v.ok("updateVolunteer", { id: mine.id, input: { skills: ["摄影", "急救"] } }, w.appFor(r.gid))).skills).toEqual(["摄影", "急救"]);
    await v.refused("updateVolunteer", { id: mine.id, input: { active: false } }, w.appFor(r.gid), "FORBIDDEN", "input.active");
    await v.refused("updateVolunteer", { id: w.a.volunteers[0].id, input: { skills: [] } }, w.appFor(r.gid), "NOT_FOUND", "id");
    // allowedSteps: the app edits its own record only; staff also switch it off or on; an auditor does nothing.
    expect(await stepsOf(mine.id, w.appFor(r.gid))).toEqual(["EDIT"]);
    expect(await stepsOf(mine.id, w.staffA)).toEqual(["EDIT", "DEACTIVATE"]);
    expect(await stepsOf(mine.id, await kit.seed.account("AUDITOR", w.A.community))).toEqual([]);
    expect((await v.ok("updateVolunteer", { id: mine.id, input: { active: false } }, w.staffA)).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
  });

  it("双报到: a party member of another community registers to serve here and is listed as such", async () => {
    const home = await kit.seed.resident(w.A2.community.id, { name: "在职党员", isPartyMember: true });
    const notMember = await kit.seed.resident(w.A2.community.id, { name: "群众" });
    // A's admin cannot see A2's residents; staff on the street can.
    await v.refused("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: home.gid } }, A(), "NOT_FOUND", "input.residentId");
    const streetStaff = await kit.seed.account("STAFF", w.streetA);
    await v.refused("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: notMember.gid } }, streetStaff, "INVALID", "input.residentId");
    const dual = await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: home.gid, workUnit: "区人社局" } }, streetStaff);
    expect(dual).toMatchObject({ kind: "DUAL_REGISTERED", homeCommunityName: w.A2.community.name, workUnit: "区人社局" });
    // Or the member's own app (serving A, living in A2).
    const other = await kit.seed.resident(w.A2.community.id, { name: "另一党员", isPartyMember: true });
    expect((await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid } }, w.appFor(other.gid))).kind).toBe("DUAL_REGISTERED");
    const listed = await kit.gql(`query($c: ID!) { volunteers(communityId: $c, kind: DUAL_REGISTERED) { edges { node { name homeCommunityName } } } }`, { c: w.A.community.gid }, A());
    expect(listed.data.volunteers.edges.map((e: any) => e.node.name).sort()).toEqual(["另一党员", "在职党员"]);
    // The member sees the activities of the community they serve.
    await v.activity(w.A.community, A(), { title: "双报到服务日" });
    const open = await kit.gql(`{ openVolunteerActivities { edges { node { title community { id } } } } }`, {}, w.appFor(other.gid));
    expect(open.data.openVolunteerActivities.edges.map((e: any) => e.node.title)).toContain("双报到服务日");
  });
});

describe("activities, sign-up and the waiting list", () => {
  it("drafts are staff-only; residents' apps list published ones and sign up once registered", async () => {
    const draft = await v.activity(w.A.community, A(), { publish: false, title: "草稿活动" });
    expect(draft.checkInCode).toMatch(/^va_/);
    const open = async () => (await kit.gql(`{ openVolunteerActivities { edges { node { id title checkInCode } } } }`, {}, me())).data.openVolunteerActivities.edges.map((e: any) => e.node);
    expect((await open()).map((a: any) => a.id)).not.toContain(draft.id);
    expect((await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.id }, me())).data.node).toBeNull();
    await v.refused("signUpForVolunteerActivity", { input: { activityId: draft.id } }, me(), "CONFLICT", "input.activityId");
    const published = await v.ok("publishVolunteerActivity", { id: draft.id }, w.staffA);
    expect(published.status).toBe("PUBLISHED");
    await v.refused("publishVolunteerActivity", { id: draft.id }, w.staffA, "CONFLICT", "id");
    const listed = (await open()).find((a: any) => a.id === draft.id);
    expect(listed).toEqual({ id: draft.id, title: "草稿活动", checkInCode: null });
    // The QR code encodes the resident side's check-in page (a path without PUBLIC_URL); only staff who manage activities read it.
    const urlOf = async (viewer: any) => (await kit.gql(`query($id: ID!) { node(id: $id) { ... on VolunteerActivity { checkInUrl } } }`, { id: draft.id }, viewer)).data.node?.checkInUrl;
    expect(await urlOf(w.staffA)).toBeNull(); // a community without a code has no public pages
    await kit.prisma.community.update({ where: { id: w.A.community.id }, data: { code: `ZC ${w.A.community.id.slice(0, 6)}` } });
    expect(await urlOf(w.staffA)).toBe(`/c/ZC%20${w.A.community.id.slice(0, 6)}/checkin/${draft.checkInCode}`);
    expect(await urlOf(me())).toBeNull();
    const notRegistered = await kit.seed.resident(w.A.community.id);
    await v.refused("signUpForVolunteerActivity", { input: { activityId: draft.id } }, w.appFor(notRegistered.gid), "CONFLICT", "input.activityId");
    const s = await v.ok("signUpForVolunteerActivity", { input: { activityId: draft.id } }, me());
    expect(s).toMatchObject({ status: "CONFIRMED", hoursStatus: "NONE" });
    await v.refused("signUpForVolunteerActivity", { input: { activityId: draft.id } }, me(), "DUPLICATE", "input.activityId");
    const mine = await kit.gql(`{ myVolunteerSignUps(upcoming: true) { edges { node { id activity { title } } } } }`, {}, me());
    expect(mine.data.myVolunteerSignUps.edges.map((e: any) => e.node.id)).toContain(s.id);
  });

  it("full activities put sign-ups on a waiting list; a cancellation gives the place to the first waiting", async () => {
    const a = await v.activity(w.A.community, A(), { capacity: 1, title: "限额活动" });
    const [v0, v1, v2] = w.a.volunteers;
    const first = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: v0.id } }, w.staffA);
    const second = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: v1.id } }, w.staffA);
    const third = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: v2.id } }, w.staffA);
    expect([first.status, second.status, third.status]).toEqual(["CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    expect([second.waitlistPosition, third.waitlistPosition]).toEqual([1, 2]);
    await v.refused("updateVolunteerActivity", { id: a.id, input: { capacity: 0 } }, w.staffA, "INVALID", "input.capacity");
    const cancelled = await v.ok("cancelVolunteerSignUp", { id: first.id, input: { reason: "临时有事" } }, w.staffA);
    expect(cancelled.status).toBe("CANCELLED");
    const after = await kit.gql(`query($id: ID!) { node(id: $id) { ... on VolunteerActivity { confirmedCount waitlistCount signUps { edges { node { id status waitlistPosition } } } } } }`, { id: a.id }, w.staffA);
    expect(after.data.node).toMatchObject({ confirmedCount: 1, waitlistCount: 1 });
    expect(after.data.node.signUps.edges.map((e: any) => e.node)).toEqual([
      { id: first.id, status: "CANCELLED", waitlistPosition: null },
      { id: second.id, status: "CONFIRMED", waitlistPosition: null },
      { id: third.id, status: "WAITLISTED", waitlistPosition: 1 },
    ]);
    // Raising the capacity promotes the rest; signing up again after cancelling joins the end.
    expect((await v.ok("updateVolunteerActivity", { id: a.id, input: { capacity: 2 } }, w.staffA)).waitlistCount).toBe(0);
    expect((await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: v0.id } }, w.staffA)).status).toBe("WAITLISTED");
    await v.refused("updateVolunteerActivity", { id: a.id, input: { capacity: 1 } }, w.staffA, "CONFLICT", "input.capacity");
  });

  it("required skills are required; inactive volunteers and ended or cancelled activities take no sign-ups", async () => {
    const a = await v.activity(w.A.community, A(), { skills: ["急救"] });
    await v.refused("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: w.a.volunteers[1].id } }, w.staffA, "CONFLICT", "input.activityId");
    expect((await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: w.a.volunteers[0].id } }, w.staffA)).status).toBe("CONFIRMED");
    const ended = await v.activity(w.A.community, A(), { startH: -3 });
    await v.refused("signUpForVolunteerActivity", { input: { activityId: ended.id, volunteerId: w.a.volunteers[1].id } }, w.staffA, "CONFLICT", "input.activityId");
    const gone = await v.activity(w.A.community, A());
    await v.ok("cancelVolunteerActivity", { id: gone.id, input: { reason: "天气原因" } }, w.staffA);
    await v.refused("signUpForVolunteerActivity", { input: { activityId: gone.id, volunteerId: w.a.volunteers[1].id } }, w.staffA, "CONFLICT", "input.activityId");
    await v.refused("signUpForVolunteerActivity", { input: { activityId: a.id } }, w.staffA, "REQUIRED", "input.volunteerId");
  });
});

describe("check-in and check-out", () => {
  it("myVolunteerSignUps(checkInCode): my sign-up for the scanned activity (URL or bare code), nobody else's; blank or over-long codes are refused", async () => {
    const a = await v.activity(w.A.community, A(), { startH: 5 });
    const other = await v.activity(w.A.community, A(), { startH: 6 });
    const s = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id } }, me());
    await v.ok("signUpForVolunteerActivity", { input: { activityId: other.id, volunteerId: w.a.volunteers[0].id } }, w.staffA);
    const q = `query($c: String!) { myVolunteerSignUps(checkInCode: $c) { totalCount edges { node { id status activity { id } } } } }`;
    const ids = async (c: string, as = me()) => {
      const r = await kit.gql(q, { c }, as);
      expect(r.errors).toBeUndefined();
      return r.data.myVolunteerSignUps.edges.map((e: any) => e.node.id);
    };
    expect(await ids(a.checkInCode)).toEqual([s.id]);
    expect(await ids(`https://gongzhi.example/c/zhichong/checkin/${encodeURIComponent(a.checkInCode)}?from=poster`)).toEqual([s.id]);
    // Another volunteer's activity, an unknown code, and the same code for a viewer who is not the resident: nothing.
    expect(await ids(other.checkInCode)).toEqual([]);
    expect(await ids("va_nonsense")).toEqual([]);
    expect(await ids(a.checkInCode, w.staffA)).toEqual([]);
    // As the check-in mutations read input.code: blank is REQUIRED, an over-long code INVALID.
    for (const blank of ["", "   "]) expect(gqlError(await kit.gql(q, { c: blank }, me()))).toMatchObject({ code: "REQUIRED", field: "checkInCode" });
    expect(gqlError(await kit.gql(q, { c: "x".repeat(101) }, me()))).toMatchObject({ code: "INVALID", field: "checkInCode" });
  });

  it("by QR code: refused outside the window (30 minutes before the start until the end); the code identifies the activity", async () => {
    const a = await v.activity(w.A.community, A(), { startH: 2 });
    const s = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id } }, me());
    await v.refused("checkInToVolunteerActivity", { input: { code: a.checkInCode } }, me(), "CONFLICT", "input.code");
    await v.refused("checkInToVolunteerActivity", { input: { code: "va_nonsense" } }, me(), "NOT_FOUND", "input.code");
    await v.moveActivity(a.id, hoursFrom(0.4), hoursFrom(2)); // starts in 24 minutes: inside the grace
    const inside = await v.ok("checkInToVolunteerActivity", { input: { code: a.checkInCode } }, me());
    expect(inside).toMatchObject({ id: s.id, checkInMethod: "QR_CODE", hoursStatus: "NONE" });
    await v.refused("checkInToVolunteerActivity", { input: { code: a.checkInCode } }, me(), "CONFLICT", "input.code");
    // An app that sends what it scanned — now the check-in page's URL — checks out as with the bare code.
    const out = await v.ok("checkOutOfVolunteerActivity", { input: { code: `https://gongzhi.example.cn/c/JH-WH-001/checkin/${a.checkInCode}` } }, me());
    expect(out).toMatchObject({ checkOutMethod: "QR_CODE", hoursStatus: "PENDING", minutes: 0 });
    await v.refused("checkOutOfVolunteerActivity", { input: { code: a.checkInCode } }, me(), "CONFLICT", "input.code");
    // After the end no check-in; a reset code makes the old one unknown.
    const ended = await v.activity(w.A.community, A(), { startH: 1 });
    await v.ok("signUpForVolunteerActivity", { input: { activityId: ended.id } }, me());
    await v.moveActivity(ended.id, hoursFrom(-3), hoursFrom(-1));
    await v.refused("checkInToVolunteerActivity", { input: { code: ended.checkInCode } }, me(), "CONFLICT", "input.code");
    const reset = await v.ok("resetVolunteerActivityCheckInCode", { id: ended.id }, w.staffA);
    expect(reset.checkInCode).not.toBe(ended.checkInCode);
    await v.refused("checkInToVolunteerActivity", { input: { code: ended.checkInCode } }, me(), "NOT_FOUND", "input.code");
    // Waiting and unsigned volunteers cannot check in; nor can a staff account scan.
    await v.refused("checkInToVolunteerActivity", { input: { code: reset.checkInCode } }, w.appFor(w.residentsA[2]!.gid), "CONFLICT", "input.code");
    await v.refused("checkInToVolunteerActivity", { input: { code: reset.checkInCode } }, w.staffA, "FORBIDDEN", "input.code");
  });

  it("by staff, at the time it happened: inside the window only, never in the future", async () => {
    const a = await v.activity(w.A.community, A(), { startH: 1 });
    const s = await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: w.a.volunteers[2].id } }, w.staffA);
    await v.moveActivity(a.id, hoursFrom(-3), hoursFrom(-1));
    await v.refused("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(-3.6) } }, w.staffA, "INVALID", "input.at");
    await v.refused("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(1) } }, w.staffA, "INVALID", "input.at");
    await v.refused("recordVolunteerCheckOut", { input: { signUpId: s.id } }, w.staffA, "CONFLICT", "input.signUpId");
    const inAt = await v.ok("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(-3.4) } }, w.staffA);
    expect(inAt.checkInMethod).toBe("STAFF");
    await v.refused("recordVolunteerCheckOut", { input: { signUpId: s.id, at: hoursFrom(-3.5) } }, w.staffA, "INVALID", "input.at");
    // Check-out long after the end, recorded by staff: minutes capped by the window.
    const out = await v.ok("recordVolunteerCheckOut", { input: { signUpId: s.id, at: hoursFrom(-0.2) } }, w.staffA);
    expect(out).toMatchObject({ minutes: 120, hoursStatus: "PENDING", checkOutMethod: "STAFF" });
  });
});

describe("verified hours and points", () => {
  /** A past activity [now-3h, now-1h] paid by `ruleId`, with `volunteers` checked in at the start and out at `outH` hours from now (null: no check-out). */
  async function served(ruleId: string | null, volunteers: { id: string }[], outH: (number | null)[]) {
    const a = await v.activity(w.A.community, A(), { startH: 1, ruleId });
    const signUps = [];
    for (const vol of volunteers) signUps.push(await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: vol.id } }, w.staffA));
    await v.moveActivity(a.id, hoursFrom(-3), hoursFrom(-1));
    for (const [i, s] of signUps.entries()) {
      await v.ok("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(-3.2) } }, w.staffA);
      if (outH[i] !== null) await v.ok("recordVolunteerCheckOut", { input: { signUpId: s.id, at: hoursFrom(outH[i]!) } }, w.staffA);
    }
    return { activity: a, signUps };
  }

  it("unverified hours earn nothing; approval pays the rule per hour, once; hours without check-out are not paid", async () => {
    const r = await kit.seed.resident(w.A.community.id, { name: "时长甲" });
    const vol = await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: r.gid } }, A());
    const r2 = await kit.seed.resident(w.A.community.id, { name: "时长乙" });
    const vol2 = await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: r2.gid } }, A());
    const { signUps } = await served(w.a.rules.hour.id, [vol, vol2], [-1.5, null]);
    expect(signUps.length).toBe(2);
    const pending = (await kit.gql(`query($c: ID!) { volunteerSignUps(communityId: $c, hoursStatuses: [PENDING]) { edges { node { id minutes } } } }`, { c: w.A.community.gid }, w.staffA)).data.volunteerSignUps.edges.map((e: any) => e.node);
    expect(pending).toContainEqual({ id: signUps[0].id, minutes: 90 });
    expect(await v.balanceOf(r.gid, w.A.community.id)).toBe(0);
    expect(await kit.prisma.pointsEntry.count({ where: { sourceId: dbIdOf(signUps[0].id) } })).toBe(0);
    // No check-out: not paid, whoever asks.
    await v.refused("approveVolunteerHours", { id: signUps[1].id }, w.staffA, "CONFLICT", "id");
    await v.refused("adjustVolunteerHours", { id: signUps[1].id, input: { minutes: 60, reason: "忘记签退" } }, w.staffA, "CONFLICT", "id");
    const approved = await v.ok("approveVolunteerHours", { id: signUps[0].id, input: { note: "表现好" } }, w.staffA);
    expect(approved).toMatchObject({ hoursStatus: "APPROVED", verifiedMinutes: 90, pointsAwarded: 15, pointsEntry: { delta: 15, kind: "AWARD" } });
    expect(await v.balanceOf(r.gid, w.A.community.id)).toBe(15);
    await v.refused("approveVolunteerHours", { id: signUps[0].id }, w.staffA, "CONFLICT", "id");
    await v.refused("rejectVolunteerHours", { id: signUps[0].id, input: { reason: "重复" } }, w.staffA, "CONFLICT", "id");
    const vq = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { verifiedMinutes verifiedHours pointsAccount { balance } } } }`, { id: vol.id }, w.staffA);
    expect(vq.data.node).toEqual({ verifiedMinutes: 90, verifiedHours: 1.5, pointsAccount: { balance: 15 } });
  });

  it("adjust with a reason (within the window), reject, and bulk approval that skips what it must", async () => {
    const { activity, signUps } = await served(w.a.rules.activity.id, w.a.volunteers, [-1, -2, null]);
    await v.refused("adjustVolunteerHours", { id: signUps[0].id, input: { minutes: 121, reason: "多算" } }, w.staffA, "INVALID", "input.minutes");
    await v.refused("adjustVolunteerHours", { id: signUps[0].id, input: { minutes: -1, reason: "负数" } }, w.staffA, "INVALID", "input.minutes");
    await v.refused("adjustVolunteerHours", { id: signUps[0].id, input: { minutes: 60, reason: " " } }, w.staffA, "REQUIRED", "input.reason");
    const adjusted = await v.ok("adjustVolunteerHours", { id: signUps[0].id, input: { minutes: 100, reason: "提前离场" } }, w.staffA);
    expect(adjusted).toMatchObject({ verifiedMinutes: 100, verifyNote: "调整：提前离场", pointsAwarded: 5 });
    const bulk = await v.ok("bulkApproveVolunteerHours", { input: { activityId: activity.id } }, w.staffA);
    expect(bulk.approvedCount).toBe(1);
    expect(bulk.approved[0]).toMatchObject({ id: signUps[1].id, verifiedMinutes: 60, pointsAwarded: 5 });
    expect(bulk.skipped.map((s: any) => s.signUp.id).sort()).toEqual([signUps[0].id, signUps[2].id].sort());
    expect(bulk.skipped.find((s: any) => s.signUp.id === signUps[2].id).reason).toMatch(/未签退/);
    const other = await served(null, [w.a.volunteers[0]], [-1]);
    const rejected = await v.ok("rejectVolunteerHours", { id: other.signUps[0].id, input: { reason: "未实际参加" } }, w.staffA);
    expect(rejected).toMatchObject({ hoursStatus: "REJECTED", verifiedMinutes: 0, pointsAwarded: 0, pointsEntry: null });
    await v.refused("bulkApproveVolunteerHours", { input: {} }, w.staffA, "INVALID", "input.activityId");
  });

  it("a rule's cap per period cuts the points; an activity without a rule pays hours only", async () => {
    const capped = await v.ok("createPointsRule", { input: { communityId: w.A.community.gid, name: "巡逻每小时（年上限25）", category: "VOLUNTEER", kind: "PER_HOUR", points: 10, capPeriod: "YEAR", capPoints: 25 } }, A());
    const r = await kit.seed.resident(w.A.community.id, { name: "封顶者" });
    const vol = await v.ok("registerVolunteer", { input: { communityId: w.A.community.gid, residentId: r.gid } }, A());
    const one = await served(capped.id, [vol], [-1]);
    expect((await v.ok("approveVolunteerHours", { id: one.signUps[0].id }, w.staffA)).pointsAwarded).toBe(20);
    const two = await served(capped.id, [vol], [-1]);
    expect((await v.ok("approveVolunteerHours", { id: two.signUps[0].id }, w.staffA)).pointsAwarded).toBe(5);
    const three = await served(capped.id, [vol], [-1]);
    expect((await v.ok("approveVolunteerHours", { id: three.signUps[0].id }, w.staffA))).toMatchObject({ pointsAwarded: 0, pointsEntry: null, verifiedMinutes: 120 });
    expect(await v.balanceOf(r.gid, w.A.community.id)).toBe(25);
    const none = await served(null, [vol], [-1]);
    expect((await v.ok("approveVolunteerHours", { id: none.signUps[0].id }, w.staffA)).pointsAwarded).toBe(0);
    expect((await kit.prisma.volunteer.findUniqueOrThrow({ where: { id: dbIdOf(vol.id) } })).verifiedMinutes).toBe(480);
  });

  it("apps see their own hours and balance; staff time refusals change nothing", async () => {
    const mine = await kit.gql(`{ myVolunteerSignUps(hoursStatuses: [PENDING, APPROVED]) { totalCount edges { node { hoursStatus minutes } } } myPointsAccounts { balance } }`, {}, me());
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myVolunteerSignUps.totalCount).toBeGreaterThan(0);
    const other = await kit.gql(`query($c: ID!) { volunteerSignUps(communityId: $c) { edges { node { volunteer { id } } } } }`, { c: w.A.community.gid }, me());
    const mineVol = (await kit.prisma.volunteer.findFirstOrThrow({ where: { residentId: dbIdOf(w.residentsA[1]!.gid), communityId: w.A.community.id } })).id;
    expect(new Set(other.data.volunteerSignUps.edges.map((e: any) => dbIdOf(e.node.volunteer.id)))).toEqual(new Set([mineVol]));
    expect(gqlError(await kit.gql(`{ volunteerActivities(communityId: "x") { totalCount } }`, {}, w.staffA))).toMatchObject({ code: "INVALID", field: "communityId" });
  });
});
