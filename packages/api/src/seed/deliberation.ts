// Demo data of the deliberation committee and notices, dated relative to `now`. From the seeds:
// 礼乐街道英南村 discussed the 农民公寓 (farmers' apartment) allocation-by-lottery plan over several
// meetings of its 村民议事会, resolved it, passed it to the villagers' representatives and made it
// public; here also a topic declined under a 不议 clause and one still collecting co-signatures. 直冲村
// (the demo admin's village) gets a committee, members and an upcoming 协商议事日.
import type { Prisma } from "../db.js";

import { stageNotice, type TopicStage } from "../modules/deliberation/stage.service.js";
import { periodEnd } from "../modules/notices/notice.rules.js";
import { chinaDay } from "../shared/chinaTime.js";

type Tx = Prisma.TransactionClient;
type Status = "SUBMITTED" | "ACCEPTED" | "DECLINED" | "SCHEDULED" | "DELIBERATED" | "RESOLVED" | "ESCALATED" | "DONE";
type Seat = "PARTY_ORGANIZATION" | "RESIDENTS_COMMITTEE" | "SUPERVISION_COMMITTEE" | "DEPUTIES" | "NOTABLES" | "RETIRED_CADRES" | "RESIDENT_REPRESENTATIVES";
type Role = "DIRECTOR" | "DEPUTY_DIRECTOR" | "MEMBER" | "SECRETARY";

const DAY = 86_400_000;

const MUST = [
  "村集体经济项目的立项、承包方案及集体资产处置",
  "宅基地安排、农民公寓等住房分配方案",
  "村内道路、水利、照明等公共设施的建设与维护",
  "村规民约的制定与修订",
  "惠及村民的公益事业和民生服务项目",
  "涉及多数村民切身利益的其他公共事务",
];
const MUST_NOT = [
  "法律法规和政策已有明确规定的事项",
  "涉及个人隐私或他人合法权益的事项",
  "应当通过诉讼、仲裁等法定途径解决的纠纷",
  "上级党委政府已作出明确决定的事项",
  "属于个人或家庭内部的私事",
  "违背公序良俗的事项",
];
const CHARTER = (village: string) =>
  [
    `第一条 为推进${village}党组织领导下的村民自治，规范议事协商，制定本章程。`,
    "第二条 议事委员会由党组织、村民委员会、村务监督委员会、两代表一委员、乡贤、退休干部、村民代表七类固定成员，与议题涉及的利益相关方（X）组成。",
    "第三条 协商事项按《协商事项目录》“六议六不议”确定；不予协商的，应当告知提议人并说明理由。",
    "第四条 议事会须有过半数委员出席方可举行；表决事项须经出席委员过半数同意，重大事项须经三分之二以上同意。",
    "第五条 提议、商议、决议三个阶段的情况均在村务公开栏和线上平台公示，公示期一般为七天。",
  ].join("\n");

/** One village's seeding: its community, the clock, and who is shown as acting on timelines. */
function village(tx: Tx, now: Date, communityId: string, actorName: string, actorAccountId: string | null) {
  /** `days` from now at hh:mm China time. */
  const at = (days: number, hm = "19:30") => new Date(`${chinaDay(new Date(now.getTime() + days * DAY))}T${hm}:00+08:00`);
  /** The China calendar day `days` from now (a Date at UTC midnight). */
  const day = (days: number) => new Date(`${chinaDay(new Date(now.getTime() + days * DAY))}T00:00:00Z`);
  const base = { communityId };

  async function event(topicId: string, from: Status | null, to: Status, note: string, when: Date) {
    await tx.topicEvent.create({ data: { ...base, topicId, fromStatus: from, toStatus: to, note, actorName, actorAccountId, createdAt: when } });
  }
  async function move(topicId: string, from: Status, to: Status, note: string, when: Date, data: Prisma.TopicUncheckedUpdateInput = {}) {
    await tx.topic.update({ where: { id: topicId }, data: { ...data, status: to } });
    await event(topicId, from, to, note, when);
  }
  async function clauses() {
    const rows = [...MUST.map((text, i) => ({ ...base, kind: "MUST" as const, number: i + 1, text })), ...MUST_NOT.map((text, i) => ({ ...base, kind: "MUST_NOT" as const, number: i + 1, text }))];
    await tx.consultationClause.createMany({ data: rows.map((r) => ({ ...r, createdAt: at(-420, "10:00") })) });
    return tx.consultationClause.findMany({ where: base, orderBy: [{ kind: "asc" }, { number: "asc" }] });
  }
  async function members(committeeId: string, termId: string, people: { id: string }[], joined: number) {
    const seats: Seat[] = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "NOTABLES", "RETIRED_CADRES", "SUPERVISION_COMMITTEE", "DEPUTIES", "RESIDENT_REPRESENTATIVES"];
    const roles: Role[] = ["DIRECTOR", "DEPUTY_DIRECTOR", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "SECRETARY"];
    const out = [];
    for (const [i, p] of people.entries()) {
      out.push(
        await tx.committeeMembership.create({
          data: { ...base, committeeId, termId, residentId: p.id, seat: seats[i] ?? "RESIDENT_REPRESENTATIVES", role: roles[i] ?? "MEMBER", joinedOn: day(joined), createdAt: at(joined, "10:00") },
        }),
      );
    }
    return out;
  }
  async function topic(data: Omit<Prisma.TopicUncheckedCreateInput, "communityId" | "status">, when: Date, note = "提出议题") {
    const t = await tx.topic.create({ data: { ...base, ...data, status: "SUBMITTED", createdAt: when } });
    await event(t.id, null, "SUBMITTED", note, when);
    return t;
  }
  async function cosign(topicId: string, residentIds: string[], firstDay: number, threshold: number) {
    for (const [i, residentId] of residentIds.entries()) {
      await tx.topicCosignature.create({ data: { ...base, topicId, residentId, createdAt: at(firstDay + i, "12:00") } });
    }
    const ready = residentIds.length >= threshold;
    const when = at(firstDay + residentIds.length - 1, "12:00");
    await tx.topic.update({ where: { id: topicId }, data: { cosignCount: residentIds.length, readyForReview: ready, readyForReviewAt: ready ? when : null } });
    if (ready) await event(topicId, "SUBMITTED", "SUBMITTED", `联名达到${threshold}人，转入审查`, when);
  }
  async function meeting(committeeId: string, title: string, days: number, place: string, status: "SCHEDULED" | "CLOSED", minutes: string | null = null) {
    return tx.meeting.create({
      data: {
        ...base,
        committeeId,
        title,
        startsAt: at(days, "19:30"),
        endsAt: at(days, "21:30"),
        mode: "IN_PERSON",
        place,
        status,
        minutes,
        startedAt: status === "CLOSED" ? at(days, "19:35") : null,
        closedAt: status === "CLOSED" ? at(days, "21:40") : null,
        createdAt: at(days - 7, "10:00"),
      },
    });
  }
  async function agenda(meetingId: string, topicId: string, position: number, prior: Status, title: string, scheduledOn: number) {
    await tx.agendaItem.create({ data: { ...base, meetingId, topicId, position, priorTopicStatus: prior, createdAt: at(scheduledOn, "10:00") } });
    await move(topicId, prior, "SCHEDULED", `列入「${title}」议程`, at(scheduledOn, "10:00"));
  }
  type Attendance = "PRESENT" | "ABSENT" | "EXCUSED";
  async function attend(meetingId: string, entries: (readonly [{ id: string }, Attendance, "member" | "stakeholder"])[]) {
    await tx.meetingAttendance.createMany({
      data: entries.map(([who, status, kind]) => ({ ...base, meetingId, attendeeId: who.id, membershipId: kind === "member" ? who.id : null, stakeholderId: kind === "stakeholder" ? who.id : null, status })),
    });
  }
  /** A notice published `days` from now for 7 days, with the stage snapshot built by the API's own code. */
  async function publishStage(topicId: string, stage: TopicStage, days: number) {
    const { title, content } = await stageNotice(tx, topicId, stage);
    const publishedAt = at(days, "09:00");
    const notice = await tx.notice.create({
      data: { ...base, subjectType: "Topic", subjectId: topicId, stage, title, content, periodDays: 7, publishedAt, endsAt: periodEnd(publishedAt, 7), publishedByName: actorName, publishedByAccountId: actorAccountId, createdAt: publishedAt },
    });
    const t = await tx.topic.findUniqueOrThrow({ where: { id: topicId }, select: { status: true } });
    await event(topicId, t.status, t.status, `「${{ PROPOSAL: "提议", DELIBERATION: "商议", RESOLUTION: "决议" }[stage]}」阶段公示7天`, publishedAt);
    return notice;
  }
  return { at, day, base, event, move, clauses, members, topic, cosign, meeting, agenda, attend, publishStage };
}

const adultsOf = async (tx: Tx, communityId: string, now: Date) => {
  const cutoff = new Date(now.getTime() - 18 * 365.25 * DAY);
  const rows = await tx.resident.findMany({ where: { communityId, birthDate: { lte: cutoff } }, orderBy: [{ name: "asc" }, { birthDate: "asc" }] });
  // Party members first, then 乡贤, then the others, older first: the seat order follows.
  const rank = (r: (typeof rows)[number]) => (r.isPartyMember ? 0 : r.isNotable ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || a.birthDate!.getTime() - b.birthDate!.getTime());
};

async function yingnan(tx: Tx, now: Date) {
  const community = await tx.community.findFirst({ where: { name: "英南村" } });
  if (!community) return;
  const v = village(tx, now, community.id, "英南村村委会（演示）", null);
  const adults = await adultsOf(tx, community.id, now);
  if (adults.length < 4) return;
  // The youngest non-party adult raises the concern; up to seven others take the seats.
  const proposer = [...adults].reverse().find((r) => !r.isPartyMember) ?? adults.at(-1)!;
  const seated = adults.filter((r) => r.id !== proposer.id).slice(0, 7);
  const threshold = Math.min(5, adults.length - 1);

  const committee = await tx.committee.create({ data: { ...v.base, name: "英南村议事委员会", description: "村党总支领导下的村民议事会，民事民议、民事民办、民事民管。", cosignThreshold: threshold, createdAt: v.at(-1100, "10:00") } });
  const term = await tx.committeeTerm.create({ data: { ...v.base, committeeId: committee.id, number: 2, name: "第二届", startsOn: v.day(-400), endsOn: v.day(695) } });
  const members = await v.members(committee.id, term.id, seated, -400);
  const mustNot = (await v.clauses()).filter((c) => c.kind === "MUST_NOT");
  const hall = "英南村党群服务中心议事厅";

  // The charter: version 1 in force for years, version 2 adopted at the new term's first meeting.
  await tx.charterVersion.create({
    data: { ...v.base, committeeId: committee.id, version: 1, title: "英南村村民议事会章程", body: CHARTER("英南村"), status: "SUPERSEDED", adoptedOn: v.day(-1100), supersededAt: v.at(-380, "21:40"), createdAt: v.at(-1110, "10:00") },
  });
  const m0 = await v.meeting(committee.id, "第二届议事委员会第一次会议", -380, hall, "CLOSED", "审议通过《英南村议事委员会章程》（第2版），明确“7+X”组成和“六议六不议”目录。");
  await v.attend(m0.id, members.map((m) => [m, "PRESENT", "member"] as const));
  const charter = await tx.charterVersion.create({
    data: { ...v.base, committeeId: committee.id, version: 2, title: "英南村议事委员会章程", body: `${CHARTER("英南村")}\n第六条 本章程经议事委员会全体会议通过后施行。`, status: "ADOPTED", adoptedOn: v.day(-380), adoptedAtMeetingId: m0.id, createdAt: v.at(-390, "10:00") },
  });
  const charterNoticeAt = v.at(-379, "09:00");
  await tx.notice.create({
    data: { ...v.base, subjectType: "CharterVersion", subjectId: charter.id, stage: "ADOPTED", title: "【章程公示】英南村议事委员会章程（第2版）", content: charter.body, periodDays: 7, publishedAt: charterNoticeAt, endsAt: periodEnd(charterNoticeAt, 7), publishedByName: "英南村村委会（演示）", createdAt: charterNoticeAt },
  });

  // 农民公寓抽签分配方案: raised by a villager, co-signed, accepted, deliberated at three meetings, voted, resolved, publicized.
  const t1 = await v.topic(
    { title: "农民公寓抽签分配方案", description: "新建农民公寓套数少于申请户数。建议制定公开透明的抽签分配方案：明确申请资格、按户抽签、特殊困难户优先，抽签全程公开并邀请村民代表监督。", category: "LAND_HOUSING", source: "RESIDENT", proposerName: proposer.name, proposerResidentId: proposer.id },
    v.at(-105, "09:12"),
    `提出议题，需${threshold}位村民联名后进入审查`,
  );
  await v.cosign(t1.id, seated.slice(1, 1 + threshold).map((r) => r.id), -105, threshold);
  await v.move(t1.id, "SUBMITTED", "ACCEPTED", "属《协商事项目录》应议事项第2条（住房分配方案），予以立项；涉及全体村民利益，表决须三分之二以上同意。", v.at(-100, "10:00"), { reviewNote: "属应议事项第2条，予以立项", reviewedAt: v.at(-100, "10:00"), voteThreshold: "TWO_THIRDS" });
  await v.publishStage(t1.id, "PROPOSAL", -99);

  const m1 = await v.meeting(committee.id, "农民公寓分配方案第一次议事会", -90, hall, "CLOSED", "听取村委会关于农民公寓建设进度和申请情况的说明。委员们对按户抽签还是按人口抽签意见不一，会议决定由村委会就两种方式分别测算，下次会议继续协商。");
  await v.agenda(m1.id, t1.id, 1, "ACCEPTED", m1.title, -95);
  await v.attend(m1.id, members.map((m, i) => [m, i === members.length - 1 ? "EXCUSED" : "PRESENT", "member"] as const));
  await v.move(t1.id, "SCHEDULED", "DELIBERATED", `经「${m1.title}」协商`, v.at(-90, "21:40"));

  const planner = await tx.topicStakeholder.create({ data: { ...v.base, topicId: t1.id, name: "黄国强", affiliation: "镇规划建设办技术员", createdAt: v.at(-70, "10:00") } });
  const household = await tx.topicStakeholder.create({ data: { ...v.base, topicId: t1.id, name: "区伯（住房困难户代表）", affiliation: "申请户代表", createdAt: v.at(-70, "10:05") } });
  await v.event(t1.id, "DELIBERATED", "DELIBERATED", "邀请利益相关方：黄国强（列席发言）、区伯（住房困难户代表，列席发言）", v.at(-70, "10:05"));
  const m2 = await v.meeting(committee.id, "农民公寓分配方案第二次议事会", -60, hall, "CLOSED", "镇规划建设办介绍户型与面积；住房困难户代表发言。会议形成方案（修改稿）：按户抽签，低保户、残疾人家庭优先选房，抽签由村务监督委员会全程监督。");
  await v.agenda(m2.id, t1.id, 1, "DELIBERATED", m2.title, -65);
  await v.attend(m2.id, [...members.map((m) => [m, "PRESENT", "member"] as const), [planner, "PRESENT", "stakeholder"] as const, [household, "PRESENT", "stakeholder"] as const]);
  await v.move(t1.id, "SCHEDULED", "DELIBERATED", `经「${m2.title}」协商`, v.at(-60, "21:40"));

  const m3 = await v.meeting(committee.id, "农民公寓分配方案第三次议事会（表决）", -30, hall, "CLOSED", "会议对《农民公寓抽签分配方案（修改稿）》进行表决，方案获得通过，由村委会提交村民代表会议审议后实施。");
  await v.agenda(m3.id, t1.id, 1, "DELIBERATED", m3.title, -35);
  await v.attend(m3.id, members.map((m, i) => [m, i === members.length - 1 ? "ABSENT" : "PRESENT", "member"] as const));
  const item = await tx.agendaItem.findFirstOrThrow({ where: { meetingId: m3.id } });
  const present = members.slice(0, -1);
  const abstain = present.length > 3 ? 1 : 0;
  const vote = await tx.vote.create({
    data: {
      ...v.base,
      meetingId: m3.id,
      agendaItemId: item.id,
      topicId: t1.id,
      question: "是否同意《农民公寓抽签分配方案（修改稿）》",
      status: "CLOSED",
      threshold: "TWO_THIRDS",
      quorumRule: "MORE_THAN_HALF",
      stakeholdersMayVote: false,
      openedAt: v.at(-30, "20:40"),
      closedAt: v.at(-30, "20:55"),
      presentCount: present.length,
      forCount: present.length - abstain,
      againstCount: 0,
      abstainCount: abstain,
      result: "PASSED",
    },
  });
  await tx.ballot.createMany({
    data: present.map((m, i) => ({ ...v.base, voteId: vote.id, voterId: m.id, membershipId: m.id, choice: i === present.length - 1 && abstain ? ("ABSTAIN" as const) : ("FOR" as const), castAt: v.at(-30, "20:45") })),
  });
  await v.move(t1.id, "SCHEDULED", "DELIBERATED", `「${m3.title}」开始表决：${vote.question}`, v.at(-30, "20:40"));
  await v.event(t1.id, "DELIBERATED", "DELIBERATED", `表决结果：通过（出席有表决权${present.length}人，赞成${present.length - abstain}、反对0、弃权${abstain}）`, v.at(-30, "20:55"));

  await v.publishStage(t1.id, "DELIBERATION", -29);
  const owner = members[1]!;
  const ownerName = (await tx.resident.findUniqueOrThrow({ where: { id: owner.residentId } })).name;
  const resolution = await tx.resolution.create({
    data: {
      ...v.base,
      topicId: t1.id,
      meetingId: m3.id,
      voteId: vote.id,
      text: "农民公寓按户抽签分配：低保户、残疾人家庭优先选房；抽签规则公示7天无异议后，由村委会组织公开抽签，村务监督委员会全程监督，结果公示。",
      ownerName,
      ownerMembershipId: owner.id,
      dueOn: v.day(30),
      createdAt: v.at(-29, "10:00"),
    },
  });
  await v.move(t1.id, "DELIBERATED", "RESOLVED", `形成决议（责任人：${ownerName}）`, v.at(-29, "10:00"));
  const resolutionNotice = await v.publishStage(t1.id, "RESOLUTION", -28);
  await v.event(t1.id, "RESOLVED", "RESOLVED", "经村委会提交村民代表会议审议，同意按决议实施", v.at(-27, "20:00"));
  await tx.resolution.update({ where: { id: resolution.id }, data: { status: "IN_PROGRESS", updatedAt: v.at(-10, "16:00") } });
  await tx.resolutionUpdate.createMany({
    data: [
      { ...v.base, resolutionId: resolution.id, fromStatus: "PLANNED", toStatus: "IN_PROGRESS", note: "抽签规则已在村务公开栏和微信群公示，开始受理选房登记。", actorName: "英南村村委会（演示）", createdAt: v.at(-25, "16:00") },
      { ...v.base, resolutionId: resolution.id, fromStatus: "IN_PROGRESS", toStatus: "IN_PROGRESS", note: "已完成申请户资格审核，名单经村务监督委员会核对后张榜。", actorName: "英南村村委会（演示）", createdAt: v.at(-10, "16:00") },
    ],
  });
  await tx.noticeObjection.create({
    data: {
      ...v.base,
      noticeId: resolutionNotice.id,
      residentId: seated.at(-1)!.id,
      filerName: seated.at(-1)!.name,
      text: "外嫁女户是否有资格参加抽签？规则中没有写明。",
      status: "DISMISSED",
      answer: "依据村规民约第十二条，户籍仍在本村的外嫁女户可以申请，已在选房登记时逐户说明，规则无需修改。",
      answeredAt: v.at(-24, "15:00"),
      answeredByName: "英南村村委会（演示）",
      createdAt: v.at(-26, "11:00"),
    },
  });

  // Declined under a 不议 clause, with the reason the villager reads; its decline made public too.
  const t2 = await v.topic(
    { title: "要求公开某户家庭收入和补贴领取情况", description: "怀疑邻居家多领补贴，要求在议事会上公开其家庭收入。", category: "DISPUTES", source: "RESIDENT", proposerName: seated.at(-2)!.name, proposerResidentId: seated.at(-2)!.id },
    v.at(-50, "15:20"),
  );
  const privacy = mustNot[1]!;
  const reason = "涉及他人家庭隐私，不属议事会协商范围。补贴发放情况已按规定在村务公开栏公示；如有疑问可向村务监督委员会反映或拨打镇民政办电话核查。";
  await v.move(t2.id, "SUBMITTED", "DECLINED", `依据不议事项第${privacy.number}条不予立项：${reason}`, v.at(-48, "10:00"), { declineClauseId: privacy.id, declineReason: reason, reviewedAt: v.at(-48, "10:00") });
  await v.publishStage(t2.id, "PROPOSAL", -47);

  // Raised by a member and accepted, waiting for a meeting; and a villager's topic still collecting co-signatures.
  const t4 = await v.topic(
    { title: "祠堂周边环境整治", description: "祠堂周边杂物堆放、排水不畅，建议组织党员和志愿者集中清理，并修复排水沟。", category: "ENVIRONMENT", source: "MEMBER", proposerName: (await tx.resident.findUniqueOrThrow({ where: { id: members[2]!.residentId } })).name, proposerResidentId: members[2]!.residentId, proposerMembershipId: members[2]!.id, readyForReview: true, readyForReviewAt: v.at(-12, "10:00") },
    v.at(-12, "10:00"),
  );
  await v.move(t4.id, "SUBMITTED", "ACCEPTED", "予以立项，列入下次议事会", v.at(-10, "10:00"), { reviewNote: "予以立项", reviewedAt: v.at(-10, "10:00") });
  const t3 = await v.topic(
    { title: "村口增设公交候车亭", description: "村口公交站没有遮雨棚，老人和学生雨天候车不便，建议增设候车亭和座椅。", category: "PUBLIC_FACILITIES", source: "RESIDENT", proposerName: proposer.name, proposerResidentId: proposer.id },
    v.at(-6, "08:40"),
    `提出议题，需${threshold}位村民联名后进入审查`,
  );
  await v.cosign(t3.id, seated.slice(2, 2 + Math.max(1, threshold - 3)).map((r) => r.id), -5, threshold);
}

async function zhichong(tx: Tx, now: Date) {
  const community = await tx.community.findFirst({ where: { name: "直冲村" } });
  if (!community) return;
  const staff = await tx.account.findUnique({ where: { username: "zhichong_staff" }, select: { id: true, displayName: true } });
  const v = village(tx, now, community.id, staff?.displayName ?? "直冲村村委会（演示）", staff?.id ?? null);
  const adults = await adultsOf(tx, community.id, now);
  if (adults.length < 20) return;
  const committee = await tx.committee.create({ data: { ...v.base, name: "直冲村议事委员会", description: "“街道+村+园区”三位一体，园区企业代表作为利益相关方参与议事。", cosignThreshold: 10, createdAt: v.at(-210, "10:00") } });
  const term = await tx.committeeTerm.create({ data: { ...v.base, committeeId: committee.id, number: 1, name: "第一届", startsOn: v.day(-200), endsOn: v.day(895) } });
  await tx.charterVersion.create({ data: { ...v.base, committeeId: committee.id, version: 1, title: "直冲村议事委员会章程", body: CHARTER("直冲村"), status: "ADOPTED", adoptedOn: v.day(-200), createdAt: v.at(-205, "10:00") } });
  await v.clauses();
  const members = await v.members(committee.id, term.id, adults.slice(0, 9), -200);
  // A member left and was replaced: the history stays.
  await tx.committeeMembership.update({ where: { id: members[6]!.id }, data: { leftOn: v.day(-40), leaveReason: "工作调动，迁居市区" } });
  await tx.committeeMembership.create({ data: { ...v.base, committeeId: committee.id, termId: term.id, residentId: adults[9]!.id, seat: "DEPUTIES", joinedOn: v.day(-39), createdAt: v.at(-39, "10:00") } });

  const grid = await tx.account.findUnique({ where: { username: "zhichong_grid" }, select: { displayName: true } });
  const ta = await v.topic({ title: "工业园区周边道路货车限行", description: "园区货车早晚高峰穿村而过，学生上学存在安全隐患，建议设置限行时段并加装减速带。", category: "SAFETY", source: "GRID_WORKER", proposerName: grid?.displayName ?? "网格员", readyForReview: true, readyForReviewAt: v.at(-9, "09:00") }, v.at(-9, "09:00"));
  const tb = await v.topic({ title: "增设村民积分兑换点", description: "积分超市只在党群服务中心，距离远的村民兑换不便，建议在二、三网格各增设一个兑换点。", category: "LIVELIHOOD", source: "STAFF", proposerName: staff?.displayName ?? "工作人员", readyForReview: true, readyForReviewAt: v.at(-8, "09:00") }, v.at(-8, "09:00"));
  for (const t of [ta, tb]) await v.move(t.id, "SUBMITTED", "ACCEPTED", "予以立项", v.at(-5, "10:00"), { reviewNote: "予以立项", reviewedAt: v.at(-5, "10:00") });
  await tx.topicStakeholder.create({ data: { ...v.base, topicId: ta.id, name: "园区物流企业代表", affiliation: "直冲工业园区", createdAt: v.at(-4, "10:00") } });
  const m = await v.meeting(committee.id, "十二月协商议事日", 7, "直冲村党群服务中心议事厅", "SCHEDULED");
  await v.agenda(m.id, ta.id, 1, "ACCEPTED", m.title, -3);
  await v.agenda(m.id, tb.id, 2, "ACCEPTED", m.title, -3);
  await v.attend(m.id, [[members[8]!, "EXCUSED", "member"] as const]);

  const proposer = adults[20]!;
  const tc = await v.topic({ title: "篮球场加装夜间照明", description: "村篮球场晚上没有照明，年轻人下班后无法打球，建议加装照明并定时开关。", category: "CULTURE", source: "RESIDENT", proposerName: proposer.name, proposerResidentId: proposer.id }, v.at(-4, "20:10"), "提出议题，需10位村民联名后进入审查");
  await v.cosign(tc.id, adults.slice(21, 25).map((r) => r.id), -3, 10);
}

/** The module seed hooked into seed/modules.ts. */
export async function seedDeliberation(tx: Tx, now: Date) {
  await yingnan(tx, now);
  await zhichong(tx, now);
}
