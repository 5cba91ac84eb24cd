// Roles × every deliberation and notices mutation (who may, who is refused with FORBIDDEN and no
// change), roles × reads, and tenancy: staff and apps of community A neither read nor change
// anything of community B through any of these queries and mutations.
import type { Role } from "@gongzhi/api/src/generated/prisma/enums.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, rootFields, type As, type TestAccount, type TestKit } from "./testkit.js";
import { CLIENT_ACTIONS, D, dayFrom, dbIdOf, deliberation, gidOf, hoursFrom, READ_FIELDS, type DName } from "./deliberation.kit.js";

const ROLES: Role[] = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"];
const STAFFED: Role[] = ["ADMIN", "STAFF"];

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let A: World;
let B: World;
const as = {} as Record<Role, TestAccount>;
let n = 0;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  A = await d.community({ cosignThreshold: 0 });
  B = await d.community({ cosignThreshold: 0 });
  // Roles on A's street reach A's community (and new communities created under the street).
  for (const role of ROLES) as[role] = await kit.seed.account(role, A.street);
});
afterAll(async () => {
  await kit?.close();
});

/** Fixtures in a world, built by its admin. */
const fx = (w: World) => {
  const ok = (f: DName, v: Record<string, unknown>) => d.ok(f, v, w.admin);
  const topic = async () => ok("proposeTopic", { input: { communityId: w.community.gid, title: `议题${n++}`, description: "说明", category: "OTHER" } });
  const accepted = async () => ok("acceptTopic", { id: (await topic()).id });
  const meeting = async (topicIds: string[] = []) =>
    ok("scheduleMeeting", { input: { committeeId: w.committee.id, title: `议事会${n++}`, startsAt: hoursFrom(-1), endsAt: hoursFrom(1), mode: "ONLINE", topicIds } });
  const started = async (topicIds: string[] = []) => {
    const m = await meeting(topicIds);
    await ok("recordAttendance", { meetingId: m.id, entries: w.members.map((x) => ({ attendeeId: x.id, status: "PRESENT" })) });
    return ok("startMeeting", { id: m.id });
  };
  const openVote = async () => {
    const m = await started([(await accepted()).id]);
    return ok("openVote", { input: { agendaItemId: m.agenda[0].id } });
  };
  const deliberated = async () => {
    const t = await accepted();
    const m = await started([t.id]);
    await ok("closeMeeting", { id: m.id });
    return { topicId: t.id, meetingId: m.id };
  };
  const notice = async () => ok("publishNotice", { input: { communityId: w.community.gid, title: `公告${n++}`, content: "内容" } });
  const objection = async () => ok("fileObjection", { input: { noticeId: (await notice()).id, text: "异议", filerName: "来访人" } });
  const draft = async () => ok("draftCharter", { input: { committeeId: w.committee.id, title: "章程", body: "正文" } });
  const member = async () => ok("addCommitteeMember", { input: { termId: w.term.id, residentId: (await kit.seed.resident(w.community.id)).gid, seat: "NOTABLES" } });
  return { topic, accepted, meeting, started, openVote, deliberated, notice, objection, draft, member };
};

interface Case {
  roles: Role[];
  deniedOn: string;
  vars: (w: World) => Promise<Record<string, unknown>>;
}

/** Every mutation: the roles that may do it, the field a refusal names, and variables for a fresh target in world `w`. */
const CASES: Record<DName, Case> = {
  createDeliberationCommittee: { roles: STAFFED, deniedOn: "input.communityId", vars: async (w) => ({ input: { communityId: (await kit.seed.community(w.street)).gid } }) },
  updateDeliberationCommittee: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: w.committee.id, input: { description: `说明${n++}` } }) },
  createCommitteeTerm: {
    roles: STAFFED,
    deniedOn: "input.committeeId",
    vars: async (w) => ({ input: { committeeId: w.committee.id, number: 10 + n, startsOn: dayFrom(1000 + 40 * n), endsOn: dayFrom(1000 + 40 * n++ + 30) } }),
  },
  draftCharter: { roles: STAFFED, deniedOn: "input.committeeId", vars: async (w) => ({ input: { committeeId: w.committee.id, title: "章程", body: "正文" } }) },
  updateCharterDraft: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).draft()).id, input: { title: "改" } }) },
  adoptCharter: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).draft()).id, input: { adoptedOn: dayFrom(0) } }) },
  addCommitteeMember: { roles: STAFFED, deniedOn: "input.termId", vars: async (w) => ({ input: { termId: w.term.id, residentId: (await kit.seed.resident(w.community.id)).gid, seat: "DEPUTIES" } }) },
  endCommitteeMembership: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).member()).id, input: { leftOn: dayFrom(0) } }) },
  addConsultationClause: { roles: STAFFED, deniedOn: "input.communityId", vars: async (w) => ({ input: { communityId: w.community.gid, kind: "MUST", number: 100 + n++, text: "条款" } }) },
  updateConsultationClause: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: w.must.id, input: { text: `条款${n++}` } }) },
  proposeTopic: {
    roles: ["ADMIN", "STAFF", "GRID_WORKER"],
    deniedOn: "input.communityId",
    vars: async (w) => ({ input: { communityId: w.community.gid, title: "议题", description: "说明", category: "OTHER" } }),
  },
  // Residents only, through an app: no staff role holds it, and an admin (who holds it to grant it to apps) is refused as an account.
  cosignTopic: { roles: [], deniedOn: "id", vars: async (w) => ({ id: (await fx(w).topic()).id }) },
  acceptTopic: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).topic()).id }) },
  declineTopic: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).topic()).id, input: { clauseId: w.mustNot.id, reason: "不议" } }) },
  inviteStakeholder: { roles: STAFFED, deniedOn: "input.topicId", vars: async (w) => ({ input: { topicId: (await fx(w).accepted()).id, name: "物业代表" } }) },
  publishTopicStage: { roles: STAFFED, deniedOn: "input.topicId", vars: async (w) => ({ input: { topicId: (await fx(w).accepted()).id, stage: "PROPOSAL" } }) },
  publishCharter: { roles: STAFFED, deniedOn: "input.charterId", vars: async (w) => ({ input: { charterId: (await fx(w).draft()).id } }) },
  scheduleMeeting: {
    roles: STAFFED,
    deniedOn: "input.committeeId",
    vars: async (w) => ({ input: { committeeId: w.committee.id, title: "议事会", startsAt: hoursFrom(24), endsAt: hoursFrom(25), mode: "ONLINE" } }),
  },
  updateMeeting: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).meeting()).id, input: { title: "改期" } }) },
  startMeeting: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).meeting()).id }) },
  closeMeeting: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).started()).id }) },
  cancelMeeting: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).meeting()).id, input: { reason: "改期" } }) },
  recordMinutes: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).started()).id, minutes: "纪要" }) },
  addAgendaItem: { roles: STAFFED, deniedOn: "input.meetingId", vars: async (w) => ({ input: { meetingId: (await fx(w).meeting()).id, topicId: (await fx(w).accepted()).id } }) },
  removeAgendaItem: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).meeting([(await fx(w).accepted()).id])).agenda[0].id }) },
  reorderAgenda: {
    roles: STAFFED,
    deniedOn: "meetingId",
    vars: async (w) => {
      const m = await fx(w).meeting([(await fx(w).accepted()).id]);
      return { meetingId: m.id, itemIds: [m.agenda[0].id] };
    },
  },
  recordAttendance: { roles: STAFFED, deniedOn: "meetingId", vars: async (w) => ({ meetingId: (await fx(w).meeting()).id, entries: [{ attendeeId: w.members[0]!.id, status: "PRESENT" }] }) },
  openVote: {
    roles: STAFFED,
    deniedOn: "input.agendaItemId",
    vars: async (w) => ({ input: { agendaItemId: (await fx(w).started([(await fx(w).accepted()).id])).agenda[0].id } }),
  },
  castBallot: { roles: STAFFED, deniedOn: "input.voteId", vars: async (w) => ({ input: { voteId: (await fx(w).openVote()).id, voterId: w.members[0]!.id, choice: "FOR" } }) },
  closeVote: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).openVote()).id }) },
  createResolution: { roles: STAFFED, deniedOn: "input.topicId", vars: async (w) => ({ input: { ...(await fx(w).deliberated()), text: "决议", ownerName: "村委会" } }) },
  addResolutionUpdate: {
    roles: STAFFED,
    deniedOn: "input.resolutionId",
    vars: async (w) => {
      const r = await d.ok("createResolution", { input: { ...(await fx(w).deliberated()), text: "决议", ownerName: "村委会" } }, w.admin);
      return { input: { resolutionId: r.id, status: "IN_PROGRESS", note: "进展" } };
    },
  },
  escalateTopic: { roles: STAFFED, deniedOn: "input.topicId", vars: async (w) => ({ input: { topicId: (await fx(w).deliberated()).topicId, addressedTo: "街道", text: "建议" } }) },
  recordEscalationReply: {
    roles: STAFFED,
    deniedOn: "id",
    vars: async (w) => {
      const e = await d.ok("escalateTopic", { input: { topicId: (await fx(w).deliberated()).topicId, addressedTo: "街道", text: "建议" } }, w.admin);
      return { id: e.id, input: { replyText: "已收悉", repliedOn: dayFrom(0) } };
    },
  },
  publishNotice: { roles: STAFFED, deniedOn: "input.communityId", vars: async (w) => ({ input: { communityId: w.community.gid, title: "公告", content: "内容" } }) },
  withdrawNotice: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).notice()).id, input: { reason: "撤回" } }) },
  fileObjection: { roles: STAFFED, deniedOn: "input.noticeId", vars: async (w) => ({ input: { noticeId: (await fx(w).notice()).id, text: "异议", filerName: "来访人" } }) },
  answerObjection: { roles: STAFFED, deniedOn: "id", vars: async (w) => ({ id: (await fx(w).objection()).id, input: { decision: "DISMISSED", reason: "理由" } }) },
};

describe("coverage", () => {
  it("every deliberation and notices field of the schema is covered here", async () => {
    const fields = await rootFields(kit);
    for (const f of Object.keys(D)) expect(fields.mutation, f).toContain(f);
    for (const f of READ_FIELDS) expect(fields.query, f).toContain(f);
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(D).sort());
  });
});

describe.each(ROLES)("%s on community A", (role) => {
  for (const [field, c] of Object.entries(CASES) as [DName, Case][]) {
    const allowed = c.roles.includes(role);
    it(`${allowed ? "can" : "cannot"} ${field}`, async () => {
      const vars = await c.vars(A);
      const audits = await kit.auditCount();
      if (allowed) {
        await d.ok(field, vars, as[role]);
        expect(await kit.auditCount()).toBeGreaterThan(audits);
      } else {
        const e = await d.err(field, vars, as[role]);
        const deniedOn = field === "cosignTopic" && role === "ADMIN" ? null : c.deniedOn;
        expect({ code: e.code, field: e.field }, e.message).toEqual({ code: "FORBIDDEN", field: deniedOn });
        expect(await kit.auditCount()).toBe(audits);
      }
    });
  }
  it("reads the committee, topics, meetings, resolutions and notices (deliberation:read and notice:read are held by every role)", async () => {
    await fx(A).deliberated();
    const r = await kit.gql(
      `query($c: ID!) { deliberationCommittee(communityId: $c) { id } topics(communityId: $c) { totalCount } meetings(communityId: $c) { totalCount } consultationClauses(communityId: $c) { totalCount } notices(communityId: $c) { totalCount } }`,
      { c: A.community.gid },
      as[role],
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.deliberationCommittee).toEqual({ id: A.committee.id });
    for (const f of ["topics", "meetings", "consultationClauses", "notices"]) expect(r.data[f].totalCount, f).toBeGreaterThan(0);
  });
});

describe("tenancy: community A's staff and app and community B's rows", () => {
  for (const [field, c] of Object.entries(CASES) as [DName, Case][]) {
    it(`Mutation.${field} changes nothing of B`, async () => {
      const vars = await c.vars(B);
      const e = await d.refused(field, vars, A.admin, "NOT_FOUND", c.deniedOn);
      expect(e.message).toBeTruthy();
    });
  }

  it("A's app acting for an A resident neither proposes, co-signs, objects nor votes in B", async () => {
    const topic = await fx(B).topic();
    const notice = await fx(B).notice();
    const vote = await fx(B).openVote();
    const app: As = A.asResident(10);
    await d.refused("proposeTopic", { input: { communityId: B.community.gid, title: "t", description: "d", category: "OTHER" } }, app, "NOT_FOUND", "input.communityId");
    await d.refused("cosignTopic", { id: topic.id }, app, "NOT_FOUND", "id");
    await d.refused("fileObjection", { input: { noticeId: notice.id, text: "异议" } }, app, "NOT_FOUND", "input.noticeId");
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: B.members[0]!.id, choice: "FOR" } }, app, "NOT_FOUND", "input.voteId");
    const r = await kit.gql(`query($c: ID!) { topics(communityId: $c) { totalCount edges { node { id } } } }`, { c: B.community.gid }, app);
    expect(r.data.topics).toEqual({ totalCount: 0, edges: [] });
  });

  it("an app without deliberation:read sees no topics even in its own community", async () => {
    const narrow = await kit.seed.apiClient([A.community.id], ["topic:propose", "resident:actAs"], A.admin.id);
    const r = await kit.gql(`query($c: ID!) { topics(communityId: $c) { totalCount } deliberationCommittee(communityId: $c) { id } }`, { c: A.community.gid }, { headers: narrow.headers });
    expect(r.data).toEqual({ topics: { totalCount: 0 }, deliberationCommittee: null });
    expect(CLIENT_ACTIONS).toContain("deliberation:read");
  });

  it("every list and node shows nothing of B", async () => {
    const b = await fx(B).deliberated();
    const res = await d.ok("createResolution", { input: { ...b, text: "决议", ownerName: "村委会" } }, B.admin);
    const notice = await d.ok("publishTopicStage", { input: { topicId: b.topicId, stage: "RESOLUTION" } }, B.admin);
    const lists = await kit.gql(
      `query($c: ID!) { deliberationCommittee(communityId: $c) { id } topics(communityId: $c) { totalCount edges { node { id } } } meetings(communityId: $c) { totalCount edges { node { id } } }
        resolutions(communityId: $c) { totalCount edges { node { id } } } consultationClauses(communityId: $c) { totalCount edges { node { id } } } notices(communityId: $c) { totalCount edges { node { id } } } }`,
      { c: B.community.gid },
      A.admin,
    );
    expect(lists.errors).toBeUndefined();
    const empty = { totalCount: 0, edges: [] };
    expect(lists.data).toEqual({ deliberationCommittee: null, topics: empty, meetings: empty, resolutions: empty, consultationClauses: empty, notices: empty });

    const vote = await fx(B).openVote();
    const objection = await fx(B).objection();
    const ids = [B.committee.id, B.charter.id, B.term.id, B.members[0]!.id, B.mustNot.id, b.topicId, b.meetingId, res.id, notice.id, vote.id, objection.id];
    ids.push(gidOf("AgendaItem", (await kit.prisma.agendaItem.findFirstOrThrow({ where: { meetingId: dbIdOf(b.meetingId) } })).id));
    for (const id of ids) {
      const r = await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, A.admin);
      expect(r.data, id).toEqual({ node: null });
      expect((await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, B.admin)).data.node, id).toEqual({ id });
    }
  });
});
