// The GraphQL side of expected failures: every mutation's result is `<Mutation>Success | UserError`.
import { builder } from "../builder.js";
import { USER_ERROR_CODES, UserError, type FieldIssue } from "./errors.js";

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  description: "Why a request was refused. The change was not made.",
  values: Object.fromEntries(USER_ERROR_CODES.map((c) => [c, { value: c }])) as Record<(typeof USER_ERROR_CODES)[number], { value: (typeof USER_ERROR_CODES)[number] }>,
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One problem with one input field.",
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: 'Dotted path of the input field, e.g. "input.name"; null when the whole request is refused.' }),
    message: t.exposeString("message", { description: "A human-readable message (Chinese first)." }),
    code: t.expose("code", { type: UserErrorCodeEnum }),
  }),
});

const ErrorInterface = builder.interfaceRef<UserError>("Error").implement({
  description: "An expected failure of a mutation.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.objectType(UserError, {
  name: "UserError",
  description: "The request was refused and nothing changed. `field` names the first offending input; `issues` lists all.",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof UserError,
  fields: (t) => ({
    code: t.expose("code", { type: UserErrorCodeEnum }),
    field: t.exposeString("field", { nullable: true }),
    issues: t.field({ type: [FieldIssueRef], resolve: (e) => e.issues }),
  }),
});
