// API clients' commands (apiClient:manage): register one (its token is shown once) and revoke it.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";

export const RevokeApiClientMutation = graphql(
  `
    mutation RevokeApiClient($id: ID!) {
      revokeApiClient(id: $id) {
        __typename
        ... on MutationRevokeApiClientSuccess {
          data {
            id
            revokedAt
            allowedSteps
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const RegisterApiClientMutation = graphql(
  `
    mutation RegisterApiClient($input: RegisterApiClientInput!) {
      registerApiClient(input: $input) {
        __typename
        ... on MutationRegisterApiClientSuccess {
          data {
            token
            apiClient {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
