// Committee memberships and team memberships: which step each allows, as pure functions of the row.
// The service refuses with these; VolunteerCommitteeMember.allowedSteps and
// VolunteerTeamMember.allowedSteps list what is left (with volunteer:manage).
import { toggleStepRules } from "../../shared/steps.js";

export type CommitteeMemberStep = "END";
export type TeamMemberStep = "REMOVE";

/** Why a committee membership cannot be ended (null: it can). */
export const endMembershipRefusal = (m: { leftOn: Date | null }): string | null => (m.leftOn ? "该成员已离任 (already left)" : null);

/** Why a volunteer cannot be taken off a team (null: they can). */
export const removeTeamMemberRefusal = (m: { leftAt: Date | null }): string | null => (m.leftAt ? "该队员已离队 (already left the team)" : null);

export const committeeMemberSteps = (m: { leftOn: Date | null }): CommitteeMemberStep[] => (endMembershipRefusal(m) === null ? ["END"] : []);
export const teamMemberSteps = (m: { leftAt: Date | null }): TeamMemberStep[] => (removeTeamMemberRefusal(m) === null ? ["REMOVE"] : []);

/** A team's steps: its only state is `active`, changed by updateVolunteerTeam (either value), with volunteer:manage. */
export const TEAM_STEPS = toggleStepRules("volunteer:manage");
