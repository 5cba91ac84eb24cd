// Volunteer activities done for a special project (N): an activity names a project of its own
// community; the project counts the activities and the hours verified at them (only approved hours
// count), for staff and in the public transparency feed.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";
import { hoursFrom, volunteering, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;
let projectA: string;
let projectB: string;
let cancelledA: string;

async function project(communityId: string, title: string, extra: Record<string, unknown> = {}) {
  const type = await kit.prisma.projectType.create({ data: { communityId, name: `类型${title}` } });
  const p = await kit.prisma.project.create({ data: { communityId, typeId: type.id, title, description: "说明", origin: "COMMUNITY", ...extra } });
  return toGlobalId("Project", p.id);
}

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
  projectA = await project(w.A.community.id, "三清三拆环境整治", { status: "APPROVED", approvedAt: new Date() });
  projectB = await project(w.B.community.id, "乙社区项目");
  cancelledA = await project(w.A.community.id, "已取消的项目", { status: "CANCELLED", cancelledAt: new Date(), cancelReason: "资金未落实" });
});
afterAll(async () => {
  await kit?.close();
});

const SERVICE = `query($id: ID!) { node(id: $id) { ... on Project { volunteerService { activityCount volunteerCount verifiedMinutes } volunteerActivities { id title project { id } } } } }`;

describe("volunteer activities for a project", () => {
  it("an activity names a project of its community; others and cancelled ones are refused, and nothing changes", async () => {
    const base = { communityId: w.A.community.gid, title: "项目清洁日", place: "村口", startsAt: hoursFrom(24), endsAt: hoursFrom(26), capacity: 5 };
    await v.refused("createVolunteerActivity", { input: { ...base, projectId: projectB } }, w.A.admin, "NOT_FOUND", "input.projectId");
    await v.refused("createVolunteerActivity", { input: { ...base, projectId: cancelledA } }, w.A.admin, "CONFLICT", "input.projectId");
    const a = await v.ok("createVolunteerActivity", { input: { ...base, projectId: projectA } }, w.A.admin);
    await v.refused("updateVolunteerActivity", { id: a.id, input: { projectId: projectB } }, w.A.admin, "NOT_FOUND", "input.projectId");
    const read = await kit.gql(`query($id: ID!) { node(id: $id) { ... on VolunteerActivity { project { id title } } } }`, { id: a.id }, w.staffA);
    expect(read.data.node.project).toEqual({ id: projectA, title: "三清三拆环境整治" });
    // Unlinked and linked again by an update.
    await v.ok("updateVolunteerActivity", { id: a.id, input: { projectId: null } }, w.A.admin);
    expect((await kit.gql(SERVICE, { id: projectA }, w.staffA)).data.node.volunteerActivities).toEqual([]);
    await v.ok("updateVolunteerActivity", { id: a.id, input: { projectId: projectA } }, w.A.admin);
    expect((await kit.gql(SERVICE, { id: projectA }, w.staffA)).data.node.volunteerActivities).toEqual([{ id: a.id, title: "项目清洁日", project: { id: projectA } }]);
  });

  it("the project counts only approved hours, for staff and in the transparency feed", async () => {
    const a = await v.activity(w.A.community, w.A.admin, { startH: 1, title: "拆除违建清运" });
    await v.ok("updateVolunteerActivity", { id: a.id, input: { projectId: projectA } }, w.A.admin);
    const signUps = [];
    for (const vol of w.a.volunteers) signUps.push(await v.ok("signUpForVolunteerActivity", { input: { activityId: a.id, volunteerId: vol.id } }, w.staffA));
    await v.moveActivity(a.id, hoursFrom(-3), hoursFrom(-1));
    for (const s of signUps) await v.ok("recordVolunteerCheckIn", { input: { signUpId: s.id, at: hoursFrom(-3) } }, w.staffA);
    // Two check out (120 minutes each); the third never does: no hours.
    await v.ok("recordVolunteerCheckOut", { input: { signUpId: signUps[0].id, at: hoursFrom(-1) } }, w.staffA);
    await v.ok("recordVolunteerCheckOut", { input: { signUpId: signUps[1].id, at: hoursFrom(-1) } }, w.staffA);
    const before = (await kit.gql(SERVICE, { id: projectA }, w.staffA)).data.node.volunteerService;
    // Unverified hours count for nothing; approved ones do, rejected ones do not.
    expect(before).toMatchObject({ volunteerCount: 0, verifiedMinutes: 0 });
    await v.ok("adjustVolunteerHours", { id: signUps[0].id, input: { minutes: 90, reason: "提前半小时离开" } }, w.staffA);
    await v.ok("rejectVolunteerHours", { id: signUps[1].id, input: { reason: "未参加清运" } }, w.staffA);
    const after = (await kit.gql(SERVICE, { id: projectA }, w.staffA)).data.node;
    expect(after.volunteerService).toEqual({ activityCount: 2, volunteerCount: 1, verifiedMinutes: 90 });
    expect(after.volunteerActivities.map((x: { title: string }) => x.title)).toEqual(["项目清洁日", "拆除违建清运"]);
    const feed = await kit.gql(`query($id: ID!) { publicProject(id: $id) { volunteerService { activityCount volunteerCount verifiedMinutes } } }`, { id: projectA });
    expect(feed.data.publicProject.volunteerService).toEqual({ activityCount: 2, volunteerCount: 1, verifiedMinutes: 90 });
  });
});
