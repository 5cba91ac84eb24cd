// A volunteer's steps. Staff (volunteer:manage) edit the record and switch it off (停用) or on with
// updateVolunteer, which takes either value of `active`; an app acting for the volunteer's resident
// edits their skills and work unit (activity:signUp) and never the flag.
import type { StepRule } from "../../shared/steps.js";
import { toggleStepRules } from "../../shared/steps.js";

export const VOLUNTEER_STEPS = toggleStepRules("volunteer:manage");
export const OWN_VOLUNTEER_STEPS: Record<"EDIT", StepRule<{ active: boolean }>> = { EDIT: { action: "activity:signUp", allows: () => true } };
