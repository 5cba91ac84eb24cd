// Signing in and out.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";

export const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        __typename
        ... on MutationSignInSuccess {
          data {
            id
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
