// Committee memberships and team memberships: which step each allows, as pure functions of the row.
// The service refuses with these; VolunteerCommitteeMember.allowedSteps and
// VolunteerTeamMember.allowedSteps list what is left (with volunteer:manage).
import { toggleStepRules, type StepRule, type ToggleStep } from "../../shared/steps.js";

export type CommitteeMemberStep = "END";
export type TeamMemberStep = "REMOVE";

/** Why a committee membership cannot be ended (null: it can). */
export const endMembershipRefusal = (m: { leftOn: Date | null }): string | null => (m.leftOn ? "该成员已离任 (already left)" : null);

/** Why a volunteer cannot be taken off a team (null: they can). */
export const removeTeamMemberRefusal = (m: { leftAt: Date | null }): string | null => (m.leftAt ? "该队员已离队 (already left the team)" : null);

export const committeeMemberSteps = (m: { leftOn: Date | null }): CommitteeMemberStep[] => (endMembershipRefusal(m) === null ? ["END"] : []);
export const teamMemberSteps = (m: { leftAt: Date | null }): TeamMemberStep[] => (removeTeamMemberRefusal(m) === null ? ["REMOVE"] : []);

/** Why a team takes no member now (null: it does). */
export const teamInactive = (team: { active: boolean }): string | null => (team.active ? null : "该队伍已停用 (the team is inactive)");

/** A team's steps, with volunteer:manage: its `active` flag changed by updateVolunteerTeam (either value), and setVolunteerTeamMember while active. */
export const TEAM_STEPS: Record<ToggleStep | "SET_MEMBER", StepRule<{ active: boolean }>> = {
  ...toggleStepRules("volunteer:manage"),
  SET_MEMBER: { action: "volunteer:manage", allows: (team) => teamInactive(team) === null },
};
