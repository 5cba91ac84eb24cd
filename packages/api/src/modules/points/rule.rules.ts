// A points rule's steps: its only state is `active` (停用 retires it), changed by updatePointsRule,
// which takes either value; every step needs points:configure.
import { toggleStepRules } from "../../shared/steps.js";

export const POINTS_RULE_STEPS = toggleStepRules("points:configure");
