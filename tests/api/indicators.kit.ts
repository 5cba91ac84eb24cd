// Rows of every kind the indicators count, inserted directly (the indicators only read them), and
// the expected figures counted from those rows with Prisma's own counts — independently of the
// indicators' SQL. For indicators.test.ts and the statement-count test.
import type { createTestKit } from "./testkit.js";

type Kit = Awaited<ReturnType<typeof createTestKit>>;
const SEATS = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "SUPERVISION_COMMITTEE", "DEPUTIES", "NOTABLES", "RETIRED_CADRES", "RESIDENT_REPRESENTATIVES"] as const;
let seq = 0;

/** China time "YYYY-MM-DD HH:MM" (UTC+8) as an instant. */
export const china = (s: string) => new Date(`${s.replace(" ", "T")}:00+08:00`);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * `n` (≥ 1) of everything in the community, in November 2026 China time (some rows on its last
 * minute, some on December's first), so communities seeded with different `n` differ.
 */
export async function seedActivity(kit: Kit, communityId: string, n: number, opts: { seats?: number } = {}) {
  const p = kit.prisma;
  const s = seq++;
  const residents = await Promise.all(Array.from({ length: Math.max(n, 8) }, (_x, i) => kit.seed.resident(communityId, { name: `居民${s}-${i}` })));
  // 1: service complex, tickets, visits
  await p.serviceComplex.create({ data: { communityId, name: "党群服务中心", address: "中心路1号" } });
  const item = await p.communityServiceItem.create({ data: { communityId, name: `事项${s}`, category: "BASIC", windowKind: "PARTY_SERVICE", timeLimitDays: 3 } as never });
  const ticket = (i: number, submittedAt: Date, dueAt: Date, extra: Record<string, unknown> = {}) => ({
    communityId,
    number: `T${s}-${i}`,
    itemId: item.id,
    itemName: `事项${s}`,
    itemCategory: "BASIC" as const,
    timeLimitDays: 3,
    channel: "WINDOW" as const,
    applicantName: "张三",
    submittedAt,
    dueDate: day(dueAt.toISOString().slice(0, 10)),
    dueAt,
    ...extra,
  });
  const tickets = [];
  for (let i = 0; i < n; i++) {
    tickets.push(ticket(i * 10, china("2026-11-10 09:00"), china("2026-11-13 23:59"), { status: "COMPLETED", closedAt: china("2026-11-12 10:00"), rating: 5 - (i % 3), ratedAt: china("2026-11-12 11:00") }));
    tickets.push(ticket(i * 10 + 1, china("2026-11-20 09:00"), china("2026-11-23 23:59"), { status: "COMPLETED", closedAt: china("2026-11-25 10:00") })); // late
    tickets.push(ticket(i * 10 + 2, china("2026-11-30 23:59"), china("2026-12-03 23:59"))); // the month's last minute; overdue now
  }
  tickets.push(ticket(9999, china("2026-12-01 00:00"), new Date(Date.now() + 86_400_000))); // December's first minute
  tickets.push(ticket(9998, china("2026-11-02 09:00"), china("2026-11-05 23:59"), { status: "RETURNED" })); // returned: not overdue
  await p.serviceTicket.createMany({ data: tickets as never });
  await p.serviceVisit.createMany({
    data: Array.from({ length: n + 1 }, (_x, i) => ({
      communityId,
      kind: (["VISIT", "OPINION", "COMPLAINT", "CONSULTATION"] as const)[i % 4],
      channel: "IN_PERSON",
      visitorName: "李四",
      topic: "路灯",
      content: "路灯坏了",
      visitedAt: i === n ? china("2026-12-01 08:00") : china("2026-11-15 10:00"),
    })) as never,
  });
  // 2a: the committee, members of `seats` categories, meetings, topics, resolutions, escalations, notices
  const committee = await p.committee.create({ data: { communityId, name: "议事委员会" } });
  const term = await p.committeeTerm.create({ data: { communityId, committeeId: committee.id, number: 1, startsOn: day("2026-01-01"), endsOn: day("2028-12-31") } });
  const seats = opts.seats ?? 7;
  await p.committeeMembership.createMany({
    data: [
      ...Array.from({ length: seats }, (_x, i) => ({ communityId, committeeId: committee.id, termId: term.id, residentId: residents[i]!.id, seat: SEATS[i]!, joinedOn: day("2026-01-01") })),
      { communityId, committeeId: committee.id, termId: term.id, residentId: residents[7]!.id, seat: "DEPUTIES" as const, joinedOn: day("2026-01-01"), leftOn: day("2026-06-01") }, // left
    ],
  });
  const meeting = await p.meeting.create({
    data: { communityId, committeeId: committee.id, title: "十一月议事日", startsAt: china("2026-11-18 19:00"), endsAt: china("2026-11-18 21:00"), mode: "IN_PERSON", status: "CLOSED" },
  });
  await p.meeting.create({ data: { communityId, committeeId: committee.id, title: "取消的会", startsAt: china("2026-11-25 19:00"), endsAt: china("2026-11-25 21:00"), mode: "IN_PERSON", status: "CANCELLED" } });
  const clause = await p.consultationClause.create({ data: { communityId, kind: "MUST_NOT", number: 1, text: "法律已有规定的事项" } });
  const topics = [];
  for (let i = 0; i < n + 2; i++) {
    const status = (["SUBMITTED", "ACCEPTED", "DECLINED", "RESOLVED", "DONE"] as const)[i % 5];
    topics.push(
      await p.topic.create({
        data: {
          communityId,
          title: `议题${i}`,
          description: "说明",
          category: "PUBLIC_FACILITIES",
          source: "STAFF",
          proposerName: "社区",
          status,
          declineClauseId: status === "DECLINED" && i % 2 === 0 ? clause.id : null,
          createdAt: china("2026-11-05 10:00"),
        },
      }),
    );
  }
  for (let i = 0; i < n; i++) {
    await p.resolution.create({
      data: {
        communityId,
        topicId: topics[i]!.id,
        meetingId: meeting.id,
        text: "决议",
        ownerName: "主任",
        dueOn: day("2026-11-30"),
        status: i % 2 === 0 ? "DONE" : "IN_PROGRESS",
        doneAt: i % 2 === 0 ? china("2026-11-28 10:00") : null,
        createdAt: china("2026-11-18 21:00"),
      },
    });
  }
  await p.escalation.createMany({
    data: [
      { communityId, topicId: topics[0]!.id, addressedTo: "街道办", text: "建议", submittedAt: china("2026-11-19 10:00"), replyText: "收到", replyRecordedAt: china("2026-11-21 10:00") },
      { communityId, topicId: topics[0]!.id, addressedTo: "街道办", text: "建议二", submittedAt: china("2026-11-19 11:00") },
    ],
  });
  const notice = await p.notice.create({
    data: { communityId, subjectType: "Resolution", title: "决议公示", content: "内容", periodDays: 7, publishedAt: china("2026-11-19 09:00"), endsAt: china("2026-11-26 09:00"), publishedByName: "社区" },
  });
  await p.noticeObjection.createMany({
    data: [
      { communityId, noticeId: notice.id, filerName: "王五", text: "异议", status: "UPHELD", answeredAt: china("2026-11-22 10:00"), createdAt: china("2026-11-20 10:00") },
      { communityId, noticeId: notice.id, filerName: "赵六", text: "异议", createdAt: china("2026-11-20 11:00") },
    ],
  });
  // 2b: committee, teams, volunteers, activities, sign-ups, points, redemptions
  await p.volunteerCommittee.create({ data: { communityId, name: "志愿服务委员会" } });
  await p.volunteerTeam.createMany({ data: [{ communityId, name: `山歌队${s}` }, { communityId, name: `旧队${s}`, active: false }] });
  const volunteers = [];
  for (let i = 0; i < n + 1; i++) volunteers.push(await p.volunteer.create({ data: { communityId, residentId: residents[i]!.id, kind: i === 0 ? "DUAL_REGISTERED" : "RESIDENT" } }));
  const activity = await p.volunteerActivity.create({
    data: { communityId, title: "清洁家园", place: "广场", startsAt: china("2026-11-21 08:00"), endsAt: china("2026-11-21 11:00"), capacity: 50, status: "PUBLISHED", checkInCode: `ind-${s}` },
  });
  await p.volunteerSignUp.createMany({
    data: volunteers.map((v, i) => ({
      communityId,
      activityId: activity.id,
      volunteerId: v.id,
      status: "CONFIRMED" as const,
      checkedInAt: china("2026-11-21 08:00"),
      checkedOutAt: china("2026-11-21 11:00"),
      minutes: 180,
      hoursStatus: i === 0 ? ("PENDING" as const) : ("APPROVED" as const),
      verifiedMinutes: i === 0 ? null : 180 - i,
      verifiedAt: i === 0 ? null : china("2026-11-22 09:00"),
    })),
  });
  const month = day("2026-11-01");
  for (let i = 0; i < n; i++) {
    const account = await p.pointsAccount.create({ data: { communityId, kind: "PERSON", residentId: residents[i]!.id } });
    await p.pointsMonthly.createMany({
      data: [
        { accountId: account.id, month, communityId, accountKind: "PERSON", awarded: 10 + i, deducted: i % 2 ? 5 : 0, spent: 3 },
        { accountId: account.id, month: day("2026-10-01"), communityId, accountKind: "PERSON", awarded: 7 },
      ],
    });
    if (i === 0) {
      const reward = await p.reward.create({ data: { communityId, name: `洗车券${s}`, kind: "VOUCHER", cost: 3, stock: 10 } });
      await p.redemption.createMany({
        data: [
          { communityId, accountId: account.id, rewardId: reward.id, rewardName: "洗车券", quantity: 1, unitCost: 3, totalCost: 3, idempotencyKey: "a", code: `R${s}a`, status: "FULFILLED", fulfilledAt: china("2026-11-23 10:00"), createdAt: china("2026-11-22 10:00") },
          { communityId, accountId: account.id, rewardId: reward.id, rewardName: "洗车券", quantity: 1, unitCost: 3, totalCost: 3, idempotencyKey: "b", code: `R${s}b`, status: "PENDING", createdAt: china("2026-11-24 10:00") },
          { communityId, accountId: account.id, rewardId: reward.id, rewardName: "洗车券", quantity: 1, unitCost: 3, totalCost: 3, idempotencyKey: "c", code: `R${s}c`, status: "CANCELLED", createdAt: china("2026-11-24 11:00") },
        ],
      });
    }
  }
  // N: projects with budget, expenses, sponsorship, beneficiaries, an overdue milestone, answers; a need
  const type = await p.projectType.create({ data: { communityId, name: n % 2 ? "四点半课堂" : "长者饭堂" } });
  for (let i = 0; i < n; i++) {
    const approved = i % 3 !== 2;
    const project = await p.project.create({
      data: {
        communityId,
        typeId: type.id,
        title: `项目${i}`,
        description: "说明",
        origin: "NEED",
        status: approved ? (i % 3 === 0 ? "IN_PROGRESS" : "COMPLETED") : "PROPOSED",
        approvedAt: approved ? china("2026-11-03 10:00") : null,
        completedAt: approved && i % 3 === 1 ? china("2026-11-28 10:00") : null,
      },
    });
    const line = await p.projectBudgetLine.create({ data: { communityId, projectId: project.id, source: "FISCAL", name: "材料", amountFen: 100_00n * BigInt(i + 1) } });
    await p.projectExpense.create({ data: { communityId, projectId: project.id, budgetLineId: line.id, spentOn: day("2026-11-30"), payee: "商店", amountFen: 30_00n, description: "材料", recordedByName: "会计" } });
    await p.projectBeneficiary.create({ data: { communityId, projectId: project.id, group: "ELDERLY", count: 10 + i } });
    await p.projectMilestone.create({ data: { communityId, projectId: project.id, title: "阶段一", plannedEndOn: day("2026-11-15") } });
    await p.projectSurveyResponse.create({ data: { communityId, projectId: project.id, residentId: residents[i]!.id, score: 4 + (i % 2) } });
    await p.sponsorship.create({
      data: { communityId, projectId: project.id, sponsorName: "共建单位", kind: "MONEY", pledgedFen: 50_00n, pledgedOn: day("2026-11-02"), status: "RECEIVED", receivedFen: 50_00n, receivedOn: day("2026-11-05"), recordedByName: "社区" },
    });
  }
  await p.communityNeed.createMany({ data: [{ communityId, title: "路灯", description: "需要路灯" }, { communityId, title: "长椅", description: "需要长椅", status: "CLAIMED" }] });
}

/** The figures of communities `ids` for the China month `month` ("2026-11"), counted with Prisma from the rows. */
export async function expectedFigures(kit: Kit, ids: string[], month: string) {
  const p = kit.prisma;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const from = china(`${month}-01 00:00`);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  const to = china(`${next}-01 00:00`);
  const now = new Date();
  const todayDay = day(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
  const c = { communityId: { in: ids } };
  const inP = { gte: from, lt: to };
  const t = p.serviceTicket;
  const sum = async <T>(v: Promise<T>, pick: (x: T) => number | bigint | null | undefined) => pick(await v) ?? 0;
  const approvedProjects = { project: { approvedAt: { not: null } } };
  const members = await p.committeeMembership.findMany({ where: { ...c, joinedOn: { lte: todayDay }, OR: [{ leftOn: null }, { leftOn: { gt: todayDay } }] }, select: { seat: true, communityId: true } });
  const closedMeetings = await p.meeting.findMany({ where: { ...c, status: "CLOSED", startsAt: inP }, select: { startsAt: true, communityId: true } });
  const monthly = await p.pointsMonthly.findMany({ where: { ...c, month: { gte: day(`${month}-01`), lt: day(`${next}-01`) } } });
  const distinctBy = <T>(rows: T[], key: (r: T) => string) => {
    const perCommunity = new Map<string, Set<string>>();
    for (const r of rows) {
      const [cid, k] = key(r).split("|") as [string, string];
      perCommunity.set(cid, (perCommunity.get(cid) ?? new Set()).add(k));
    }
    return [...perCommunity.values()].reduce((a, s) => a + s.size, 0);
  };
  const chinaMonthOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
  const active = monthly.filter((r) => r.awarded !== 0 || r.deducted !== 0);
  const checkIns = await p.volunteerSignUp.findMany({ where: { ...c, checkedInAt: inP }, select: { volunteerId: true, communityId: true } });
  const overdueMilestones = await p.projectMilestone.findMany({
    where: { ...c, completedOn: null, plannedEndOn: { lt: todayDay }, project: { status: { in: ["APPROVED", "IN_PROGRESS"] } } },
    select: { projectId: true },
  });
  const byStatus = async (statuses: readonly string[], prefix: string, count: (s: string) => Promise<number>) =>
    Object.fromEntries(await Promise.all(statuses.map(async (st) => [`${prefix}${st}`, await count(st)] as const)));
  return {
    ticketsSubmitted: await t.count({ where: { ...c, submittedAt: inP } }),
    ticketsLate: await t.count({ where: { ...c, submittedAt: inP, OR: [{ closedAt: { gt: t.fields.dueAt } }, { closedAt: null, status: { not: "RETURNED" }, dueAt: { lt: now } }] } }),
    ticketsClosed: await t.count({ where: { ...c, closedAt: inP } }),
    ticketsClosedOnTime: await t.count({ where: { ...c, closedAt: { ...inP, lte: t.fields.dueAt } } }),
    ratingCount: await t.count({ where: { ...c, ratedAt: inP, rating: { not: null } } }),
    ratingSum: await sum(t.aggregate({ where: { ...c, ratedAt: inP }, _sum: { rating: true } }), (x) => x._sum.rating),
    ticketsOverdueNow: await t.count({ where: { ...c, closedAt: null, status: { not: "RETURNED" }, dueAt: { lt: now } } }),
    visits: await p.serviceVisit.count({ where: { ...c, visitedAt: inP } }),
    opinions: await p.serviceVisit.count({ where: { ...c, visitedAt: inP, kind: { in: ["OPINION", "COMPLAINT"] } } }),
    serviceComplexes: await p.serviceComplex.count({ where: c }),
    committees: await p.committee.count({ where: { ...c, kind: "DELIBERATION" } }),
    seatedMembers: members.length,
    seatCategoriesFilled: distinctBy(members, (r) => `${r.communityId}|${r.seat}`),
    meetingsHeld: closedMeetings.length,
    monthsWithMeeting: distinctBy(closedMeetings, (r) => `${r.communityId}|${chinaMonthOf(r.startsAt)}`),
    topicsSubmitted: await p.topic.count({ where: { ...c, createdAt: inP } }),
    ...(await byStatus(["SUBMITTED", "ACCEPTED", "DECLINED", "SCHEDULED", "DELIBERATED", "RESOLVED", "ESCALATED", "DONE"], "topics", (st) => p.topic.count({ where: { ...c, createdAt: inP, status: st as never } }))),
    topicsDeclinedWithClause: await p.topic.count({ where: { ...c, createdAt: inP, status: "DECLINED", declineClauseId: { not: null } } }),
    resolutionsAdopted: await p.resolution.count({ where: { ...c, createdAt: inP } }),
    resolutionsAdoptedDone: await p.resolution.count({ where: { ...c, createdAt: inP, status: "DONE" } }),
    resolutionsDone: await p.resolution.count({ where: { ...c, doneAt: inP, status: "DONE" } }),
    resolutionsPastDue: await p.resolution.count({ where: { ...c, status: { not: "DONE" }, dueOn: { lt: todayDay } } }),
    escalations: await p.escalation.count({ where: { ...c, submittedAt: inP } }),
    escalationsAnswered: await p.escalation.count({ where: { ...c, submittedAt: inP, replyRecordedAt: { not: null } } }),
    noticesPublished: await p.notice.count({ where: { ...c, publishedAt: inP } }),
    noticesWithdrawn: await p.notice.count({ where: { ...c, publishedAt: inP, withdrawnAt: { not: null } } }),
    objectionsFiled: await p.noticeObjection.count({ where: { ...c, createdAt: inP } }),
    objectionsUpheld: await p.noticeObjection.count({ where: { ...c, answeredAt: inP, status: "UPHELD" } }),
    volunteerCommittees: await p.volunteerCommittee.count({ where: c }),
    teams: await p.volunteerTeam.count({ where: { ...c, active: true } }),
    volunteers: await p.volunteer.count({ where: { ...c, active: true } }),
    dualRegistered: await p.volunteer.count({ where: { ...c, active: true, kind: "DUAL_REGISTERED" } }),
    activities: await p.volunteerActivity.count({ where: { ...c, status: "PUBLISHED", startsAt: inP } }),
    personTimes: checkIns.length,
    volunteersServing: distinctBy(checkIns, (r) => `${r.communityId}|${r.volunteerId}`),
    hoursVerified: await p.volunteerSignUp.count({ where: { ...c, hoursStatus: "APPROVED", verifiedAt: inP } }),
    verifiedMinutes: await sum(p.volunteerSignUp.aggregate({ where: { ...c, hoursStatus: "APPROVED", verifiedAt: inP }, _sum: { verifiedMinutes: true } }), (x) => x._sum.verifiedMinutes),
    hoursToVerify: await p.volunteerSignUp.count({ where: { ...c, hoursStatus: "PENDING" } }),
    pointsAwarded: monthly.reduce((a, r) => a + r.awarded, 0),
    pointsDeducted: monthly.reduce((a, r) => a + r.deducted, 0),
    pointsSpent: monthly.reduce((a, r) => a + r.spent, 0),
    activeAccounts: new Set(active.map((r) => r.accountId)).size,
    activeHouseholds: new Set(active.filter((r) => r.accountKind === "HOUSEHOLD").map((r) => r.accountId)).size,
    redemptions: await p.redemption.count({ where: { ...c, createdAt: inP, status: { not: "CANCELLED" } } }),
    redeemedPoints: await sum(p.redemption.aggregate({ where: { ...c, createdAt: inP, status: { not: "CANCELLED" } }, _sum: { totalCost: true } }), (x) => x._sum.totalCost),
    redemptionsFulfilled: await p.redemption.count({ where: { ...c, fulfilledAt: inP, status: "FULFILLED" } }),
    redemptionsToHandOver: await p.redemption.count({ where: { ...c, status: "PENDING" } }),
    projects: await p.project.count({ where: c }),
    ...(await byStatus(["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED", "EVALUATED", "CANCELLED"], "projects", (st) => p.project.count({ where: { ...c, status: st as never } }))),
    projectsApproved: await p.project.count({ where: { ...c, approvedAt: inP } }),
    projectsCompleted: await p.project.count({ where: { ...c, completedAt: inP } }),
    budgetedFen: Number(await sum(p.projectBudgetLine.aggregate({ where: { ...c, ...approvedProjects }, _sum: { amountFen: true } }), (x) => x._sum.amountFen)),
    spentFen: Number(await sum(p.projectExpense.aggregate({ where: { ...c, ...approvedProjects }, _sum: { amountFen: true } }), (x) => x._sum.amountFen)),
    spentInPeriodFen: Number(await sum(p.projectExpense.aggregate({ where: { ...c, spentOn: { gte: day(`${month}-01`), lt: day(`${next}-01`) } }, _sum: { amountFen: true } }), (x) => x._sum.amountFen)),
    receivedSponsorshipFen: Number(await sum(p.sponsorship.aggregate({ where: { ...c, status: "RECEIVED", projectId: { not: null } }, _sum: { receivedFen: true } }), (x) => x._sum.receivedFen)),
    beneficiaries: await sum(p.projectBeneficiary.aggregate({ where: c, _sum: { count: true } }), (x) => x._sum.count),
    overdueMilestones: overdueMilestones.length,
    overdueProjects: new Set(overdueMilestones.map((r) => r.projectId)).size,
    surveyResponses: await p.projectSurveyResponse.count({ where: c }),
    surveyScoreSum: await sum(p.projectSurveyResponse.aggregate({ where: c, _sum: { score: true } }), (x) => x._sum.score),
    needsOpen: await p.communityNeed.count({ where: { ...c, status: "OPEN" } }),
  } as Record<string, number>;
}
