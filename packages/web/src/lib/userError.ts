// The one shape of an expected failure. Every mutation selects
// `... on XSuccess { data { … } } ...UserErrorFields` and hands its payload to useCommand.
import { graphql, type ResultOf } from "@gongzhi/schema";

export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError @_unmask {
    code
    field
    message
    issues {
      field
      message
      code
    }
  }
`);

export type UserErrorData = ResultOf<typeof UserErrorFields>;
export type UserErrorPayload = { __typename: "UserError" } & UserErrorData;
export type FieldIssue = UserErrorData["issues"][number];

/** A mutation field's result: its Success type (carrying `data`) or a UserError. */
export type CommandPayload<T> = UserErrorPayload | { __typename: string; data: T };

export const isUserError = <T>(payload: CommandPayload<T>): payload is UserErrorPayload => payload.__typename === "UserError";
