// The GraphQL side of the one list of actions (shared/authz.ts): the enum Action, whose values are
// the `resource:verb` literals in SCREAMING_SNAKE_CASE (resident:viewPii → RESIDENT_VIEW_PII).
import { builder } from "../builder.js";
import { ACTION_NAMES, ACTIONS, type Action } from "./authz.js";

/** "resident:viewPii" → "RESIDENT_VIEW_PII". */
export const actionEnumName = (a: Action) => a.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(":", "_").toUpperCase();

export const ActionEnum = builder.enumType("Action", {
  description: "An action of the one list of actions (resource:verb), as held through a role's grant or an API client's list.",
  values: Object.fromEntries(ACTION_NAMES.map((a) => [actionEnumName(a), { value: a, description: `${a} (roles: ${ACTIONS[a].join(", ") || "none"})` }])) as Record<string, { value: Action }>,
});
