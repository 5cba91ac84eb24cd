// Accounts' commands (account:manage): create one, change its name or state, grant and revoke roles,
// reset its password. Each returns the table's row where the table shows the change.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { AccountRow } from "./AccountsTable";

export const UpdateAccountMutation = graphql(
  `
    mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
      updateAccount(id: $id, input: $input) {
        __typename
        ... on MutationUpdateAccountSuccess {
          data {
            id
            ...AccountRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [AccountRow, UserErrorFields],
);

export const RevokeGrantMutation = graphql(
  `
    mutation RevokeGrant($id: ID!) {
      revokeGrant(id: $id) {
        __typename
        ... on MutationRevokeGrantSuccess {
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

export const CreateAccountMutation = graphql(
  `
    mutation CreateAccount($input: CreateAccountInput!) {
      createAccount(input: $input) {
        __typename
        ... on MutationCreateAccountSuccess {
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

export const GrantRoleMutation = graphql(
  `
    mutation GrantRole($input: GrantRoleInput!) {
      grantRole(input: $input) {
        __typename
        ... on MutationGrantRoleSuccess {
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

export const ResetAccountPasswordMutation = graphql(
  `
    mutation ResetAccountPassword($id: ID!, $newPassword: String!) {
      resetAccountPassword(id: $id, newPassword: $newPassword) {
        __typename
        ... on MutationResetAccountPasswordSuccess {
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
