// Who comes to a demo volunteer activity and what their hours became, by the services' rules: past
// activities have check-in/out (a tenth never checked out: no hours), minutes within the window,
// hours pending for three days and then approved (a few rejected), points under the activity's rule
// through the seed's ledger; future ones have sign-ups, beyond the capacity on the waiting list.
// Shared by the volunteer programs (volunteering.ts) and the activities done for projects.
import type { Prisma } from "../generated/prisma/client.js";
import { pointsForMinutes, type RuleLike } from "../modules/points/ledger.rules.js";
import { monthOf } from "../modules/points/period.rules.js";
import { minutesServed } from "../modules/volunteering/hours.rules.js";
import { Rng as BaseRng } from "./service-complex.activity.js";
import { uuid7, type SeedLedger } from "./volunteering.ledger.js";

export class Rng extends BaseRng {
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}
export const H = 3_600_000;
export const D = 24 * H;

export interface Person {
  id: string;
  name: string;
  householdId: string | null;
  isPartyMember: boolean;
}

export interface Out {
  notices: Prisma.NoticeCreateManyInput[];
  signUps: Prisma.VolunteerSignUpCreateManyInput[];
  claims: Prisma.PointsClaimCreateManyInput[];
  redemptions: Prisma.RedemptionCreateManyInput[];
  volunteers: Prisma.VolunteerCreateManyInput[];
  members: Prisma.VolunteerTeamMemberCreateManyInput[];
}

export interface Vol {
  id: string;
  person: Person;
  skills: string[];
  /** Approved minutes so far (the volunteer's verifiedMinutes). */
  minutes: number;
  /** 双报到: the home community. */
  dualFrom?: string;
}

/** A rule that pays verified hours, as the seed created it. */
export interface SeedRule {
  id: string;
  kind: RuleLike["kind"];
  points: number;
  capPeriod: "MONTH" | "QUARTER" | "YEAR" | null;
  capPoints: number | null;
}

/** The community's side of attendance: who verifies, whose account is paid, where rows go. */
export interface Attendance {
  communityId: string;
  approver: string;
  ledger: SeedLedger;
  ownerOf: (p: Person) => { residentId: string | null; householdId: string | null };
  out: Out;
}

/** Sign-ups of `eligible` volunteers for the (not cancelled) activity, with attendance and verified hours. */
export function attend(rng: Rng, now: Date, a: { id: string; title: string; startsAt: Date; endsAt: Date; capacity: number }, eligible: Vol[], rule: SeedRule | null, c: Attendance) {
  const { communityId, approver, ledger, out } = c;
  const { startsAt, endsAt, capacity, title } = a;
  const past = endsAt.getTime() < now.getTime();
  const interest = rng.shuffle(eligible).slice(0, past ? Math.min(capacity, rng.int(3, 10)) : rng.int(1, capacity + 2));
  interest.forEach((vol, i) => {
    const signedUpAt = new Date(startsAt.getTime() - rng.int(1, 6) * D - i * 60_000);
    const base = { id: uuid7(signedUpAt), communityId, activityId: a.id, volunteerId: vol.id, signedUpAt, createdByAccountId: null };
    if (!past) {
      out.signUps.push({ ...base, status: i < capacity ? "CONFIRMED" : "WAITLISTED" });
      return;
    }
    const checkedInAt = new Date(startsAt.getTime() + rng.int(-25, 20) * 60_000);
    const checkedOutAt = rng.chance(0.1) ? null : new Date(endsAt.getTime() + rng.int(-30, 25) * 60_000);
    const qr = rng.chance(0.75) ? ("QR_CODE" as const) : ("STAFF" as const);
    const minutes = checkedOutAt ? minutesServed(a, checkedInAt, checkedOutAt) : null;
    const recent = now.getTime() - endsAt.getTime() < 3 * D;
    const hoursStatus = !checkedOutAt ? "NONE" : recent ? "PENDING" : rng.chance(0.95) ? "APPROVED" : "REJECTED";
    const row: Prisma.VolunteerSignUpCreateManyInput = { ...base, status: "CONFIRMED", checkedInAt, checkInMethod: qr, checkedOutAt, checkOutMethod: checkedOutAt ? qr : null, minutes, hoursStatus };
    if (hoursStatus === "APPROVED" || hoursStatus === "REJECTED") {
      const verifiedAt = new Date(Math.min(now.getTime() - H, endsAt.getTime() + rng.int(1, 2) * D));
      const approved = hoursStatus === "APPROVED";
      Object.assign(row, { verifiedMinutes: approved ? minutes : 0, verifiedAt, verifiedByName: approver, verifyNote: approved ? null : "未实际参加服务", pointsAwarded: 0 });
      if (approved && minutes) {
        vol.minutes += minutes;
        const points = pointsForMinutes(rule, minutes);
        if (rule && points > 0) {
          const account = ledger.account(communityId, c.ownerOf(vol.person), verifiedAt);
          const hoursText = (minutes / 60).toFixed(minutes % 60 === 0 ? 0 : 1);
          const id = ledger.add({ account, delta: points, kind: "AWARD", month: monthOf(startsAt), at: verifiedAt, rule, sourceType: "VolunteerSignUp", sourceId: base.id, residentId: vol.person.id, note: `志愿服务「${title}」${hoursText}小时`, actorName: approver, approvedByName: approver });
          Object.assign(row, { pointsEntryId: id, pointsAwarded: id ? ledger.entries.at(-1)!.delta : 0 });
        }
      }
    }
    out.signUps.push(row);
  });
}
