// Volunteer activities done for the demo's special projects (volunteering.projects.data.ts), written
// like the programs' own (volunteering.attend.ts): sign-ups, check-in/out and verified hours, paid
// under the community's hour rule where it keeps points. Runs inside seedVolunteering, after the
// projects are seeded (modules.ts), so each activity names its project (VolunteerActivity.projectId).
import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";

import { attend, D, H, Rng, type Attendance, type Out, type Person, type SeedRule, type Vol } from "./volunteering.attend.js";
import { PROGRAMS } from "./volunteering.data.js";
import { uuid7, type SeedLedger } from "./volunteering.ledger.js";
import { PROJECT_SERVICE, PROJECT_VOLUNTEERS, type ProjectServiceDef } from "./volunteering.projects.data.js";
import { chinaDay } from "../shared/chinaTime.js";

type Tx = Prisma.TransactionClient;

/** A community whose volunteers serve its projects. */
export interface ServingCommunity extends Attendance {
  name: string;
  volunteers: Vol[];
  /** The rule paying their hours (null: hours only). */
  rule: SeedRule | null;
  grids: { id: string }[];
}

/** The activities done for the community's projects, with their attendance and hours. */
export async function seedProjectService(tx: Tx, now: Date, c: ServingCommunity) {
  const today = Date.parse(`${chinaDay(now)}T00:00:00Z`) - 8 * H;
  for (const def of PROJECT_SERVICE.filter((d) => d.community === c.name)) {
    // The API's rule: a project of the activity's own community, not cancelled.
    const project = await tx.project.findFirst({
      where: { communityId: c.communityId, title: def.project, status: { not: "CANCELLED" } },
      select: { id: true, startedAt: true, grids: { select: { gridId: true }, orderBy: { grid: { name: "asc" } } } },
    });
    if (!project) throw new Error(`demo project ${def.project} is not an open project of ${c.name}`);
    const rng = new Rng(def.seed);
    const teamId = await teamFor(tx, rng, c, def, project.startedAt ?? new Date(today + (firstDay([def]) - 20) * D));
    const grids = project.grids.length ? project.grids.map((g) => ({ id: g.gridId })) : c.grids;
    const activities: Prisma.VolunteerActivityCreateManyInput[] = [];
    for (const [title, place, time, hours, capacity, days] of def.activities) {
      for (const day of days) {
        const startsAt = new Date(heldOn(today, day, def.weekdays) + Date.parse(`1970-01-01T${time}:00Z`));
        const endsAt = new Date(startsAt.getTime() + hours * H);
        const a = {
          id: uuid7(new Date(startsAt.getTime() - 7 * D)),
          communityId: c.communityId,
          teamId,
          projectId: project.id,
          title,
          description: def.description,
          place,
          gridId: grids.length ? rng.pick(grids).id : null,
          startsAt,
          endsAt,
          capacity,
          requiredSkills: [],
          pointsRuleId: c.rule?.id ?? null,
          status: "PUBLISHED" as const,
          checkInCode: `va_${randomBytes(18).toString("base64url")}`,
          publishedAt: new Date(startsAt.getTime() - 7 * D),
          createdAt: new Date(startsAt.getTime() - 7 * D),
        };
        activities.push(a);
        attend(rng, now, a, c.volunteers, c.rule, c);
      }
    }
    await tx.volunteerActivity.createMany({ data: activities });
  }
}

/** China midnight of `day` days from `today`, moved back to the latest of `weekdays` if given. */
function heldOn(today: number, day: number, weekdays?: number[]): number {
  let at = today + day * D;
  while (weekdays && !weekdays.includes(new Date(at + 8 * H).getUTCDay())) at -= D;
  return at;
}

const firstDay = (defs: ProjectServiceDef[]) => Math.min(...defs.flatMap((d) => d.activities.flatMap((a) => a[5])));

/** The program's team of that name, or a new one whose leader, deputy and members joined at `formed` or soon after. */
async function teamFor(tx: Tx, rng: Rng, c: ServingCommunity, def: ProjectServiceDef, formed: Date): Promise<string> {
  const [name, kind, description] = def.team;
  const team = await tx.volunteerTeam.findFirst({ where: { communityId: c.communityId, name }, select: { id: true } });
  if (team) return team.id;
  const id = uuid7(formed);
  await tx.volunteerTeam.create({ data: { id, communityId: c.communityId, name, kind, description, createdAt: formed } });
  const inTeam = rng.shuffle(c.volunteers).slice(0, Math.min(c.volunteers.length, rng.int(6, 12)));
  inTeam.forEach((vol, i) =>
    c.out.members.push({ communityId: c.communityId, teamId: id, volunteerId: vol.id, role: i === 0 ? "LEADER" : i === 1 ? "DEPUTY_LEADER" : "MEMBER", joinedAt: new Date(formed.getTime() + rng.int(0, 5) * D) }),
  );
  return id;
}

/** Communities whose projects have volunteers but which have no volunteer program here: their volunteers (hours only, no points) and activities. */
export async function seedProjectVolunteers(tx: Tx, now: Date, districtPath: string, ledger: SeedLedger, out: Out) {
  const programs = new Set(PROGRAMS.map((p) => p.community));
  for (const [name, setup] of Object.entries(PROJECT_VOLUNTEERS)) {
    if (programs.has(name)) continue;
    const community = await tx.community.findFirst({ where: { name, path: { startsWith: districtPath } }, select: { id: true } });
    if (!community) continue;
    const communityId = community.id;
    const adults: Person[] = await tx.resident.findMany({
      where: { communityId, birthDate: { lt: new Date("2008-01-01") } },
      select: { id: true, name: true, householdId: true, isPartyMember: true },
      orderBy: [{ idNumber: "asc" }, { id: "asc" }],
    });
    if (adults.length === 0) continue;
    const rng = new Rng(setup.seed);
    // Registered as the first of its projects got under way (or a month before the first activity done for one).
    const defs = PROJECT_SERVICE.filter((d) => d.community === name);
    const started = await tx.project.findMany({ where: { communityId, title: { in: defs.map((d) => d.project) }, startedAt: { not: null } }, select: { startedAt: true } });
    const today = Date.parse(`${chinaDay(now)}T00:00:00Z`) - 8 * H;
    const registeredAt = new Date(Math.min(today + (firstDay(defs) - 30) * D, ...started.map((p) => p.startedAt!.getTime() - 10 * D)));
    const volunteers: Vol[] = rng
      .shuffle(adults)
      .slice(0, Math.max(1, Math.round(adults.length * setup.share)))
      .map((p) => ({ id: uuid7(registeredAt), person: p, skills: rng.shuffle(setup.skills).slice(0, rng.int(0, 2)), minutes: 0 }));
    const grids = await tx.grid.findMany({ where: { communityId }, select: { id: true }, orderBy: { name: "asc" } });
    const approver = `${name}书记（演示）`;
    await seedProjectService(tx, now, { communityId, name, approver, ledger, ownerOf: (p) => ({ residentId: p.id, householdId: null }), out, volunteers, rule: null, grids });
    out.volunteers.push(
      ...volunteers.map((v) => ({ id: v.id, communityId, residentId: v.person.id, kind: "RESIDENT" as const, skills: v.skills, verifiedMinutes: v.minutes, registeredAt })),
    );
  }
}
