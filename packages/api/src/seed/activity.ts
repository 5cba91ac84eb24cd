// Everyday activity in every other village and community of 江海区 (issue #15), so the cockpit
// compares communities that differ: the named demo communities keep their hand-written stories;
// each of the others gets, over the last four months, its own level of activity (some hardly any,
// some bodies not set up at all) — a service complex with tickets and visits, a deliberation
// committee with members, monthly meetings, topics and resolutions with their notices, a volunteer
// committee with teams, activities, verified hours and the points they earned (ledger, monthly sums
// and balances as the points services keep them), and a project or two. The same kinds of rows the
// services write, in bulk (createMany), from a seeded PRNG per community: deterministic but for
// the uuids and the dates, which count back from `now`.
import type { Prisma } from "../db.js";
import { CHINA_HOLIDAYS_2026, calendarOf } from "../modules/service-complex/holidays.js";
import { dueFor } from "../modules/service-complex/workdays.js";
import { Rng } from "./people.js";

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;
const workCalendar = calendarOf(CHINA_HOLIDAYS_2026);
const uuid = () => crypto.randomUUID();
const MONTHS = 4;
const SEATS = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "SUPERVISION_COMMITTEE", "DEPUTIES", "NOTABLES", "RETIRED_CADRES", "RESIDENT_REPRESENTATIVES"] as const;
const TOPIC_TITLES = ["村道路灯维修", "垃圾分类点位调整", "文化室开放时间", "池塘清淤", "停车位规划", "老人饭堂选址", "篮球场翻新", "排水渠改造", "公厕保洁", "绿化补种"];
/** In-work party members (在职党员, 双报到 volunteers of a community they do not live in): born after this, under 60. */
const WORKING_AGE_BORN_FROM = new Date("1967-01-01");
const WORK_UNITS = ["江海区人力资源和社会保障局", "江海区民政局", "江海区卫生健康局", "外海街道办事处", "江海区第一中学", "江门供电局江海分局", "江海区市场监督管理局"];

const TEAM_NAMES: [string, "CULTURE" | "ENVIRONMENT" | "ELDERLY" | "SAFETY" | "PARTY"][] = [
  ["党员义工队", "PARTY"],
  ["环境卫生志愿队", "ENVIRONMENT"],
  ["助老服务队", "ELDERLY"],
  ["治安巡逻队", "SAFETY"],
  ["舞蹈队", "CULTURE"],
];
const PROJECTS = ["四点半课堂", "长者饭堂", "农民夜校", "志愿楼长", "街长制"];

/** China calendar day `days` from now at hh:00 China time. */
const chinaAt = (now: Date, days: number, hour: number) => {
  const d = new Date(now.getTime() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${d}T${String(hour).padStart(2, "0")}:00:00+08:00`);
};
const dayOf = (at: Date) => new Date(`${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`);
const monthOf = (at: Date) => new Date(`${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)}-01T00:00:00Z`);

export async function seedActivity(tx: Tx, now: Date) {
  const district = await tx.region.findFirst({ where: { kind: "DISTRICT", name: "江海区" }, select: { id: true, path: true } });
  if (!district) return;
  const [communities, items, withComplex, withCommittee, withVolunteerCommittee, withVolunteers, withPoints, withProjects] = await Promise.all([
    tx.community.findMany({ where: { path: { startsWith: district.path } }, select: { id: true, name: true, code: true }, orderBy: { code: "asc" } }),
    tx.serviceItem.findMany({ where: { regionId: district.id }, select: { id: true, name: true, category: true, timeLimitDays: true }, orderBy: { name: "asc" }, take: 12 }),
    tx.serviceComplex.findMany({ select: { communityId: true } }),
    tx.committee.findMany({ select: { communityId: true } }),
    tx.volunteerCommittee.findMany({ select: { communityId: true } }),
    tx.volunteer.findMany({ select: { communityId: true }, distinct: ["communityId"] }),
    tx.pointsAccount.findMany({ select: { communityId: true }, distinct: ["communityId"] }),
    tx.project.findMany({ select: { communityId: true }, distinct: ["communityId"] }),
  ]);
  const has = (rows: { communityId: string }[]) => new Set(rows.map((r) => r.communityId));
  const complexes = has(withComplex);
  const committees = has(withCommittee);
  // Volunteering and points where none of it exists yet (some seeds register volunteers or keep points without a committee).
  const volunteerCommittees = new Set([...has(withVolunteerCommittee), ...has(withVolunteers), ...has(withPoints)]);
  const projects = has(withProjects);
  const residents = await tx.resident.findMany({
    where: { communityId: { in: communities.map((c) => c.id) }, birthDate: { lt: new Date("2008-01-01") } },
    select: { id: true, name: true, communityId: true, isPartyMember: true, birthDate: true },
    orderBy: { id: "asc" },
  });
  const residentsOf = new Map<string, { id: string; name: string }[]>();
  for (const r of residents) residentsOf.set(r.communityId, [...(residentsOf.get(r.communityId) ?? []), r]);
  // Party members of working age, by the street of their community (its code's first two parts): 双报到 candidates.
  const streetCode = (code: string | null) => (code ?? "").split("-").slice(0, 2).join("-");
  const streetOf = new Map(communities.map((c) => [c.id, streetCode(c.code)]));
  const partyMembersAtWork = residents.filter((r) => r.isPartyMember && r.birthDate !== null && r.birthDate >= WORKING_AGE_BORN_FROM).map((r) => ({ id: r.id, communityId: r.communityId, street: streetOf.get(r.communityId) }));

  const rows = {
    complexes: [] as Prisma.ServiceComplexCreateManyInput[],
    catalog: [] as Prisma.CommunityServiceItemCreateManyInput[],
    tickets: [] as Prisma.ServiceTicketCreateManyInput[],
    ticketEvents: [] as Prisma.ServiceTicketEventCreateManyInput[],
    visits: [] as Prisma.ServiceVisitCreateManyInput[],
    committees: [] as Prisma.CommitteeCreateManyInput[],
    terms: [] as Prisma.CommitteeTermCreateManyInput[],
    members: [] as Prisma.CommitteeMembershipCreateManyInput[],
    meetings: [] as Prisma.MeetingCreateManyInput[],
    topics: [] as Prisma.TopicCreateManyInput[],
    topicEvents: [] as Prisma.TopicEventCreateManyInput[],
    agenda: [] as Prisma.AgendaItemCreateManyInput[],
    resolutions: [] as Prisma.ResolutionCreateManyInput[],
    notices: [] as Prisma.NoticeCreateManyInput[],
    volunteerCommittees: [] as Prisma.VolunteerCommitteeCreateManyInput[],
    teams: [] as Prisma.VolunteerTeamCreateManyInput[],
    volunteers: [] as Prisma.VolunteerCreateManyInput[],
    rules: [] as Prisma.PointsRuleCreateManyInput[],
    activities: [] as Prisma.VolunteerActivityCreateManyInput[],
    signUps: [] as Prisma.VolunteerSignUpCreateManyInput[],
    accounts: [] as Prisma.PointsAccountCreateManyInput[],
    entries: [] as Prisma.PointsEntryCreateManyInput[],
    monthly: [] as Prisma.PointsMonthlyCreateManyInput[],
    types: [] as Prisma.ProjectTypeCreateManyInput[],
    projects: [] as Prisma.ProjectCreateManyInput[],
    projectEvents: [] as Prisma.ProjectEventCreateManyInput[],
    budgetLines: [] as Prisma.ProjectBudgetLineCreateManyInput[],
    beneficiaries: [] as Prisma.ProjectBeneficiaryCreateManyInput[],
  };

  // The hand-written demo communities (直冲村, 江翠社区, …) stay exactly as their seeds made them: what
  // one of them lacks on purpose (江翠社区 has no deliberation committee yet: the guided set-up) stays lacking.
  const handWritten = new Set([...complexes, ...committees, ...volunteerCommittees, ...projects]);
  for (const [index, c] of communities.entries()) {
    const people = residentsOf.get(c.id) ?? [];
    if (people.length === 0 || handWritten.has(c.id)) continue;
    const rng = new Rng(2026_15_00 + index);
    // How busy the community is: 0.15 (hardly anything) to 1.3; each body is missing in some.
    const level = 0.15 + rng.float() * 1.15;
    const base = { communityId: c.id };
    const staff = `${c.name}工作人员（演示）`;
    const pick = () => people[rng.int(0, people.length - 1)]!;

    // ---- 1: a service complex, its catalog (the district's items), tickets and visits
    if (!complexes.has(c.id) && items.length > 0 && rng.chance(0.9)) {
      rows.complexes.push({ ...base, name: `${c.name}党群服务中心`, address: `${c.name}村委大楼` });
      const catalog = items.map((it) => ({ id: uuid(), ...base, templateItemId: it.id, item: it }));
      rows.catalog.push(...catalog.map(({ item: _item, ...row }) => row));
      let no = 1;
      for (let m = MONTHS; m >= 1; m--) {
        const count = Math.round(level * rng.int(3, 12));
        for (let i = 0; i < count; i++) {
          const back = (m - 1) * 30 + rng.int(0, 29);
          // Never later than now (today's office hours may not have come yet).
          const submittedAt = new Date(Math.min(chinaAt(now, -back, rng.int(9, 16)).getTime(), now.getTime() - 3_600_000));
          const { item, id: itemId } = catalog[rng.int(0, catalog.length - 1)]!;
          // Due by the item's time limit in working days (the district's holiday calendar), as the ticket service sets it.
          const { dueAt } = dueFor(submittedAt, item.timeLimitDays, workCalendar);
          const late = rng.chance(0.12 / level);
          const closedAt = back < 2 && rng.chance(0.6) ? null : new Date(submittedAt.getTime() + (late ? item.timeLimitDays + 4 : rng.int(0, item.timeLimitDays)) * DAY + 3_600_000);
          const rated = closedAt && closedAt < now && rng.chance(0.5);
          const id = uuid();
          const applicant = pick();
          rows.tickets.push({
            id,
            ...base,
            number: `${c.code ?? index}-A${String(no++).padStart(4, "0")}`,
            itemId,
            itemName: item.name,
            itemCategory: item.category,
            timeLimitDays: item.timeLimitDays,
            channel: rng.chance(0.7) ? "WINDOW" : rng.chance(0.5) ? "ONLINE" : "PROXY",
            status: closedAt && closedAt < now ? "COMPLETED" : "ACCEPTED",
            residentId: applicant.id,
            applicantName: applicant.name,
            submittedAt,
            acceptedAt: new Date(submittedAt.getTime() + 60_000),
            dueDate: new Date(`${dueFor(submittedAt, item.timeLimitDays, workCalendar).dueDate}T00:00:00Z`),
            dueAt,
            closedAt: closedAt && closedAt < now ? closedAt : null,
            rating: rated ? rng.int(3, 5) : null,
            ratedAt: rated ? new Date(Math.min(closedAt.getTime() + DAY, now.getTime())) : null,
          });
          rows.ticketEvents.push({ ...base, ticketId: id, kind: "SUBMIT", toStatus: "SUBMITTED", createdAt: submittedAt });
          // Each change names the status it left, one after another, as the ticket service writes them.
          rows.ticketEvents.push({ ...base, ticketId: id, kind: "ACCEPT", fromStatus: "SUBMITTED", toStatus: "ACCEPTED", createdAt: new Date(submittedAt.getTime() + 60_000) });
          if (closedAt && closedAt < now) rows.ticketEvents.push({ ...base, ticketId: id, kind: "COMPLETE", fromStatus: "ACCEPTED", toStatus: "COMPLETED", createdAt: closedAt });
        }
        for (let i = 0; i < Math.round(level * rng.int(1, 4)); i++) {
          const visitor = pick();
          rows.visits.push({
            ...base,
            kind: rng.pick(["VISIT", "OPINION", "COMPLAINT", "CONSULTATION"] as const),
            channel: rng.chance(0.6) ? "IN_PERSON" : "PHONE",
            visitorName: visitor.name,
            residentId: visitor.id,
            topic: rng.pick(TOPIC_TITLES),
            content: "来访登记（演示）",
            visitedAt: chinaAt(now, -((m - 1) * 30 + rng.int(0, 29)), rng.int(9, 17)),
            status: "CLOSED",
            closedAt: chinaAt(now, -((m - 1) * 30), 18),
          });
        }
      }
    }

    // ---- 2a: a committee (7 seats, fewer where the village is small or busy elsewhere), monthly meetings, topics, resolutions
    if (!committees.has(c.id) && rng.chance(0.85)) {
      const committeeId = uuid();
      const termId = uuid();
      rows.committees.push({ id: committeeId, ...base, name: `${c.name}议事委员会`, createdAt: chinaAt(now, -400, 10) });
      rows.terms.push({ id: termId, ...base, committeeId, number: 1, startsOn: dayOf(chinaAt(now, -400, 10)), endsOn: dayOf(chinaAt(now, 700, 10)) });
      const seated = Math.min(people.length, rng.chance(0.7) ? 7 : rng.int(4, 6));
      const members = people.slice(0, seated);
      for (const [i, p] of members.entries()) {
        rows.members.push({ ...base, committeeId, termId, residentId: p.id, seat: SEATS[i]!, role: i === 0 ? "DIRECTOR" : i === seated - 1 ? "SECRETARY" : "MEMBER", joinedOn: dayOf(chinaAt(now, -400, 10)) });
      }
      for (let m = MONTHS; m >= 1; m--) {
        if (!rng.chance(Math.min(0.95, 0.35 + level * 0.5))) continue; // a 协商议事日 this month?
        const startsAt = chinaAt(now, -((m - 1) * 30 + 15), 19);
        if (startsAt > now) continue;
        const meetingId = uuid();
        rows.meetings.push({ id: meetingId, ...base, committeeId, title: `${c.name}协商议事日`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), mode: "IN_PERSON", place: `${c.name}议事厅`, status: "CLOSED", startedAt: startsAt, closedAt: new Date(startsAt.getTime() + 2 * 3_600_000), minutes: "会议纪要（演示）" });
        for (let t = 0; t < Math.max(1, Math.round(level * rng.int(1, 3))); t++) {
          const topicId = uuid();
          const raised = new Date(startsAt.getTime() - rng.int(5, 20) * DAY);
          const resolved = rng.chance(0.75);
          const done = resolved && rng.chance(0.6);
          const status = done ? "DONE" : resolved ? "RESOLVED" : "DELIBERATED";
          const proposer = pick();
          rows.topics.push({ id: topicId, ...base, title: rng.pick(TOPIC_TITLES), description: "居民提出（演示）", category: "PUBLIC_FACILITIES", source: "RESIDENT", status, proposerName: proposer.name, proposerResidentId: proposer.id, readyForReview: true, readyForReviewAt: raised, reviewedAt: raised, createdAt: raised });
          rows.topicEvents.push({ ...base, topicId, toStatus: "SUBMITTED", actorName: proposer.name, createdAt: raised });
          rows.topicEvents.push({ ...base, topicId, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", actorName: staff, createdAt: new Date(raised.getTime() + DAY) });
          rows.topicEvents.push({ ...base, topicId, fromStatus: "ACCEPTED", toStatus: "SCHEDULED", actorName: staff, createdAt: new Date(raised.getTime() + 2 * DAY) });
          rows.topicEvents.push({ ...base, topicId, fromStatus: "SCHEDULED", toStatus: "DELIBERATED", actorName: staff, createdAt: startsAt });
          rows.agenda.push({ ...base, meetingId, topicId, position: t + 1, priorTopicStatus: "ACCEPTED" });
          if (resolved) {
            const resolutionId = uuid();
            const adopted = new Date(startsAt.getTime() + 2 * 3_600_000);
            rows.topicEvents.push({ ...base, topicId, fromStatus: "DELIBERATED", toStatus: "RESOLVED", actorName: staff, createdAt: adopted });
            const doneAt = done ? new Date(adopted.getTime() + rng.int(5, 25) * DAY) : null;
            rows.resolutions.push({ id: resolutionId, ...base, topicId, meetingId, text: "经协商形成决议（演示）", ownerName: members[0]?.name ?? staff, dueOn: dayOf(new Date(adopted.getTime() + 30 * DAY)), status: done && doneAt! < now ? "DONE" : "IN_PROGRESS", doneAt: done && doneAt! < now ? doneAt : null, createdAt: adopted });
            if (done && doneAt! < now) rows.topicEvents.push({ ...base, topicId, fromStatus: "RESOLVED", toStatus: "DONE", actorName: staff, createdAt: doneAt! });
            const published = new Date(adopted.getTime() + DAY);
            rows.notices.push({ ...base, subjectType: "Resolution", subjectId: resolutionId, stage: "RESOLUTION", title: "决议公示", content: "决议内容（演示）", periodDays: 7, publishedAt: published, endsAt: new Date(published.getTime() + 7 * DAY), publishedByName: staff });
          }
        }
      }
    }

    // ---- 2b: a volunteer committee, teams, volunteers, monthly activities with verified hours and their points
    if (!volunteerCommittees.has(c.id) && rng.chance(0.8)) {
      rows.volunteerCommittees.push({ ...base, name: `${c.name}志愿服务委员会` });
      const teams = rng.shuffle(TEAM_NAMES).slice(0, rng.int(1, 3));
      const teamIds = teams.map(([name, kind]) => {
        const id = uuid();
        rows.teams.push({ id, ...base, name, kind });
        return id;
      });
      const ruleId = uuid();
      rows.rules.push({ id: ruleId, ...base, name: "志愿服务时长", category: "VOLUNTEER", kind: "PER_HOUR", points: 10 });
      const volunteers = people.slice(0, Math.max(2, Math.round(people.length * Math.min(1, level * 0.8)))).map((p) => ({ id: uuid(), resident: p, minutes: 0 }));
      const accounts = new Map<string, { id: string; residentId: string; awarded: number; months: Map<number, number> }>();
      for (let m = MONTHS; m >= 1; m--) {
        const activityCount = Math.round(level * rng.int(0, 2));
        for (let a = 0; a < activityCount; a++) {
          const startsAt = chinaAt(now, -((m - 1) * 30 + rng.int(1, 28)), rng.int(8, 15));
          if (startsAt > now) continue;
          const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
          const activityId = uuid();
          rows.activities.push({ id: activityId, ...base, teamId: rng.pick(teamIds), title: rng.pick(["清洁家园", "关爱长者", "文明劝导", "义诊服务", "河涌巡查"]), place: `${c.name}文化广场`, startsAt, endsAt, capacity: 30, pointsRuleId: ruleId, status: "PUBLISHED", checkInCode: `demo-${activityId}`, publishedAt: new Date(startsAt.getTime() - 5 * DAY) });
          for (const v of rng.shuffle(volunteers).slice(0, rng.int(1, volunteers.length))) {
            const verified = endsAt.getTime() + DAY < now.getTime();
            const minutes = 120 - rng.int(0, 30);
            const signUpId = uuid();
            let entryId: string | null = null;
            if (verified) {
              const points = Math.floor((minutes * 10) / 60);
              let account = accounts.get(v.resident.id);
              if (!account) accounts.set(v.resident.id, (account = { id: uuid(), residentId: v.resident.id, awarded: 0, months: new Map() }));
              const at = new Date(endsAt.getTime() + DAY);
              const month = monthOf(at);
              entryId = uuid();
              rows.entries.push({ id: entryId, ...base, accountId: account.id, delta: points, kind: "AWARD", month, ruleId, sourceType: "VolunteerSignUp", sourceId: signUpId, residentId: v.resident.id, actorName: staff, approvedByName: staff, createdAt: at });
              account.awarded += points;
              account.months.set(month.getTime(), (account.months.get(month.getTime()) ?? 0) + points);
              v.minutes += minutes;
            }
            rows.signUps.push({
              id: signUpId,
              ...base,
              activityId,
              volunteerId: v.id,
              status: "CONFIRMED",
              signedUpAt: new Date(startsAt.getTime() - 3 * DAY),
              checkedInAt: startsAt,
              checkInMethod: "STAFF",
              checkedOutAt: endsAt,
              checkOutMethod: "STAFF",
              minutes,
              hoursStatus: verified ? "APPROVED" : "PENDING",
              verifiedMinutes: verified ? minutes : null,
              verifiedAt: verified ? new Date(endsAt.getTime() + DAY) : null,
              verifiedByName: verified ? staff : null,
              pointsAwarded: verified ? Math.floor((minutes * 10) / 60) : null,
              pointsEntryId: entryId,
            });
          }
        }
      }
      for (const v of volunteers) rows.volunteers.push({ id: v.id, ...base, residentId: v.resident.id, verifiedMinutes: v.minutes, skills: [] });
      // 双报到: in-work party members living in another community of the street report in here, about
      // one volunteer in eight (their own draws, so the rest of the community's activity stays as it was).
      const dualRng = new Rng(2026_15_50 + index);
      const street = streetCode(c.code);
      const pool = partyMembersAtWork.filter((r) => r.communityId !== c.id && r.street === street);
      for (const r of dualRng.shuffle(pool).slice(0, Math.max(1, Math.round(volunteers.length / 8)))) {
        rows.volunteers.push({ ...base, residentId: r.id, kind: "DUAL_REGISTERED", homeCommunityId: r.communityId, workUnit: dualRng.pick(WORK_UNITS), skills: [] });
      }
      for (const a of accounts.values()) {
        rows.accounts.push({ id: a.id, ...base, kind: "PERSON", residentId: a.residentId, balance: a.awarded, awarded: a.awarded });
        for (const [month, awarded] of a.months) rows.monthly.push({ accountId: a.id, month: new Date(month), communityId: c.id, accountKind: "PERSON", awarded });
      }
    }

    // ---- N: a project or two
    if (!projects.has(c.id) && rng.chance(0.6)) {
      const typeId = uuid();
      const typeName = rng.pick(PROJECTS);
      rows.types.push({ id: typeId, ...base, name: typeName });
      for (let i = 0; i < rng.int(1, 2); i++) {
        const id = uuid();
        const created = chinaAt(now, -rng.int(60, 170), 10);
        const approved = rng.chance(0.75) ? new Date(created.getTime() + 20 * DAY) : null;
        const completed = approved && rng.chance(0.35) ? new Date(approved.getTime() + 40 * DAY) : null;
        const status = completed ? "COMPLETED" : approved ? "IN_PROGRESS" : "PROPOSED";
        rows.projects.push({ id, ...base, typeId, title: `${c.name}${typeName}`, description: `${typeName}（演示）`, origin: "COMMUNITY", status, approvedAt: approved, approvedByName: approved ? staff : null, startedAt: approved, completedAt: completed, percentComplete: completed ? 100 : approved ? rng.int(10, 80) : 0, createdAt: created });
        rows.projectEvents.push({ ...base, projectId: id, kind: "CREATED", toStatus: "PROPOSED", summary: "创建项目", actorName: staff, createdAt: created });
        if (approved) rows.projectEvents.push({ ...base, projectId: id, kind: "TRANSITION", fromStatus: "PROPOSED", toStatus: "APPROVED", summary: "立项", actorName: staff, createdAt: approved });
        if (approved) rows.projectEvents.push({ ...base, projectId: id, kind: "TRANSITION", fromStatus: "APPROVED", toStatus: "IN_PROGRESS", summary: "开始实施", actorName: staff, createdAt: approved });
        if (completed) rows.projectEvents.push({ ...base, projectId: id, kind: "TRANSITION", fromStatus: "IN_PROGRESS", toStatus: "COMPLETED", summary: "完成", actorName: staff, createdAt: completed });
        rows.budgetLines.push({ ...base, projectId: id, source: rng.chance(0.6) ? "FISCAL" : "AWARD_SUBSIDY", name: "项目经费", amountFen: BigInt(rng.int(20, 300) * 100_00) });
        if (approved) rows.beneficiaries.push({ ...base, projectId: id, group: rng.pick(["ELDERLY", "CHILDREN", "DISADVANTAGED", "OTHER"] as const), count: rng.int(10, 200) });
      }
    }
  }

  const write = async <T>(data: T[], create: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < data.length; i += 1000) await create(data.slice(i, i + 1000));
  };
  await write(rows.complexes, (data) => tx.serviceComplex.createMany({ data }));
  await write(rows.catalog, (data) => tx.communityServiceItem.createMany({ data }));
  await write(rows.tickets, (data) => tx.serviceTicket.createMany({ data }));
  await write(rows.ticketEvents, (data) => tx.serviceTicketEvent.createMany({ data }));
  await write(rows.visits, (data) => tx.serviceVisit.createMany({ data }));
  await write(rows.committees, (data) => tx.committee.createMany({ data }));
  await write(rows.terms, (data) => tx.committeeTerm.createMany({ data }));
  await write(rows.members, (data) => tx.committeeMembership.createMany({ data }));
  await write(rows.meetings, (data) => tx.meeting.createMany({ data }));
  await write(rows.topics, (data) => tx.topic.createMany({ data }));
  await write(rows.topicEvents, (data) => tx.topicEvent.createMany({ data }));
  await write(rows.agenda, (data) => tx.agendaItem.createMany({ data }));
  await write(rows.resolutions, (data) => tx.resolution.createMany({ data }));
  await write(rows.notices, (data) => tx.notice.createMany({ data }));
  await write(rows.volunteerCommittees, (data) => tx.volunteerCommittee.createMany({ data }));
  await write(rows.teams, (data) => tx.volunteerTeam.createMany({ data }));
  await write(rows.volunteers, (data) => tx.volunteer.createMany({ data }));
  await write(rows.rules, (data) => tx.pointsRule.createMany({ data }));
  await write(rows.activities, (data) => tx.volunteerActivity.createMany({ data }));
  await write(rows.signUps, (data) => tx.volunteerSignUp.createMany({ data }));
  await write(rows.accounts, (data) => tx.pointsAccount.createMany({ data }));
  await write(rows.entries, (data) => tx.pointsEntry.createMany({ data }));
  await write(rows.monthly, (data) => tx.pointsMonthly.createMany({ data }));
  await write(rows.types, (data) => tx.projectType.createMany({ data }));
  await write(rows.projects, (data) => tx.project.createMany({ data }));
  await write(rows.projectEvents, (data) => tx.projectEvent.createMany({ data }));
  await write(rows.budgetLines, (data) => tx.projectBudgetLine.createMany({ data }));
  await write(rows.beneficiaries, (data) => tx.projectBeneficiary.createMany({ data }));
}
