// Steps as data: a module lists each step of a row with the action it needs and the rule (a pure
// function of the row's facts) that allows it. `allowedSteps` fields answer the steps the rules
// allow now AND the viewer's grants hold; the mutations check the same rule and the same action.
import { can, type Action } from "./authz.js";
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
