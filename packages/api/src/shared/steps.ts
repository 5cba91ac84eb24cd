// Steps as data: a module lists each step of a row with the action it needs and the rule (a pure
// function of the row's facts) that allows it. `allowedSteps` fields answer the steps the rules
// allow now AND the viewer's grants hold; the mutations check the same rule and the same action.
import { can, canAtPath, type Action } from "./authz.js";
import type { Context } from "./context.js";

export interface StepRule<F> {
  /** The action the viewer must hold on the row's community. */
  action: Action;
  /** Whether the row's state allows the step now (the grant decides separately). */
  allows: (facts: F) => boolean;
}

/** The steps whose rule allows them on these facts, in the order listed. */
export const stepsAllowedBy = <S extends string, F>(rules: Record<S, StepRule<F>>, facts: F): S[] =>
  (Object.keys(rules) as S[]).filter((s) => rules[s].allows(facts));

/** The steps the rules allow on these facts and the viewer may take in the community. */
export async function allowedStepsFor<S extends string, F>(ctx: Context, communityId: string, rules: Record<S, StepRule<F>>, facts: F): Promise<S[]> {
  const steps = stepsAllowedBy(rules, facts);
  const held = await Promise.all(steps.map((s) => can(ctx, rules[s].action, communityId)));
  return steps.filter((_s, i) => held[i]);
}

/** The steps the rules allow on these facts and the viewer may take at the node with this path (sync: rows that carry their path, e.g. a street's). */
export const allowedStepsAt = <S extends string, F>(ctx: Context, path: string, communityId: string | undefined, rules: Record<S, StepRule<F>>, facts: F): S[] =>
  stepsAllowedBy(rules, facts).filter((s) => canAtPath(ctx, rules[s].action, path, communityId));

/**
 * A row whose only state is its `active` flag, changed by its update mutation (which accepts either
 * value): EDIT always, DEACTIVATE (停用) while active, ACTIVATE (启用) while not; all with one action.
 */
export type ToggleStep = "EDIT" | "ACTIVATE" | "DEACTIVATE";
export const toggleStepRules = (action: Action): Record<ToggleStep, StepRule<{ active: boolean }>> => ({
  EDIT: { action, allows: () => true },
  ACTIVATE: { action, allows: (r) => !r.active },
  DEACTIVATE: { action, allows: (r) => r.active },
});

/** The descriptions of a toggle step enum's values: which mutation each step calls, when, with which action. */
export const toggleStepValues = (mutation: string, action: Action) => ({
  EDIT: { description: `${mutation} (its fields): with ${action}` },
  ACTIVATE: { description: `${mutation} with active: true (启用): while inactive, with ${action}` },
  DEACTIVATE: { description: `${mutation} with active: false (停用): while active, with ${action}` },
});
