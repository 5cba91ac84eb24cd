// The needs board (管家计划) and pledges, as pure functions: why a need or a pledge cannot take a
// step (null: it can), the steps allowed now, and the actions they take. need.service.ts refuses
// with these; CommunityNeed.allowedSteps and Sponsorship.allowedSteps list what is left for the viewer.
import type { Action } from "../../shared/authz.js";
import { toggleStepRules } from "../../shared/steps.js";
import { PLEDGE_STATUSES, type ProjectStatus } from "./rules.js";

export type NeedStatus = "OPEN" | "CLAIMED" | "FULFILLED" | "CLOSED";
export type NeedStep = "EDIT" | "PLEDGE" | "FULFIL" | "LINK" | "CLOSE";
export const NEED_STEPS: readonly NeedStep[] = ["EDIT", "PLEDGE", "FULFIL", "LINK", "CLOSE"];

export interface NeedFacts {
  status: NeedStatus;
  projectId: string | null;
  /** Pledges for it that have arrived. */
  receivedCount: number;
  /** The status of the project it is attached to (a pledge goes to that project too); null: none, or not loaded (the service checks the project itself). */
  projectStatus?: ProjectStatus | null;
}

/** Why the need cannot take `step` (null: it can). LINK also needs an open project (checked on the project). */
export function needRefusal(n: NeedFacts, step: NeedStep): string | null {
  switch (step) {
    case "EDIT":
      return n.status === "CLOSED" || n.status === "FULFILLED" ? "需求已落实或已关闭，不能修改 (the need is fulfilled or closed)" : null;
    case "PLEDGE":
      if (n.status !== "OPEN" && n.status !== "CLAIMED") return "需求已落实或已关闭，不能再认领 (the need is fulfilled or closed)";
      return n.projectStatus && !PLEDGE_STATUSES.includes(n.projectStatus) ? "关联项目已结项或已取消，不能再认捐 (the need's project is closed)" : null;
    case "FULFIL":
      if (n.status !== "CLAIMED") return "只有已认领的需求才能标记为已落实 (only a CLAIMED need can be fulfilled)";
      return n.receivedCount === 0 ? "尚无到位的认捐 (no pledge has arrived yet)" : null;
    case "LINK":
      if (n.status === "CLOSED") return "该需求已关闭 (the need is closed)";
      return n.projectId ? "该需求已关联其他项目 (the need is attached to a project already)" : null;
    case "CLOSE":
      return n.status === "CLOSED" ? "需求已关闭 (already closed)" : null;
  }
}

export const needSteps = (n: NeedFacts): NeedStep[] => NEED_STEPS.filter((s) => needRefusal(n, s) === null);

/** The actions each step takes: pledging is recording a sponsorship; linking changes the project too. */
export const NEED_STEP_ACTIONS: Record<NeedStep, readonly Action[]> = {
  EDIT: ["need:manage"],
  PLEDGE: ["sponsorship:record"],
  FULFIL: ["need:manage"],
  LINK: ["need:manage", "project:manage"],
  CLOSE: ["need:manage"],
};

export type SponsorshipStatus = "PLEDGED" | "RECEIVED" | "WITHDRAWN";
export type SponsorshipStep = "RECEIVE" | "WITHDRAW";
export const SPONSORSHIP_STEPS: readonly SponsorshipStep[] = ["RECEIVE", "WITHDRAW"];

/** Why a pledge cannot take `step` (null: it can): both only from PLEDGED. */
export function sponsorshipRefusal(status: SponsorshipStatus, step: SponsorshipStep): string | null {
  if (status === "PLEDGED") return null;
  if (step === "RECEIVE") return status === "RECEIVED" ? "已登记到位 (already received)" : "认捐已撤回 (the pledge was withdrawn)";
  return status === "RECEIVED" ? "已到位的资助不能撤回 (it has arrived)" : "认捐已撤回 (already withdrawn)";
}

export const sponsorshipSteps = (status: SponsorshipStatus): SponsorshipStep[] => SPONSORSHIP_STEPS.filter((s) => sponsorshipRefusal(status, s) === null);

/** Both steps take sponsorship:record. */
export const SPONSORSHIP_ACTION: Action = "sponsorship:record";

/** An alliance unit's steps: its only state is `active`, changed by updateAllianceUnit (either value), with allianceUnit:manage where it is registered (its community, or its street). */
export const ALLIANCE_UNIT_STEPS = toggleStepRules("allianceUnit:manage");
