// Party and social organizations' commands (organization:manage): each returns the table's row
// (and a party organization the picker's option).
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { PartyOrganizationOption } from "./PartyOrganizationSelect";
import { PartyOrganizationRow } from "./PartyOrganizationsTable";
import { SocialOrganizationRow } from "./SocialOrganizationsTable";

export const CreatePartyOrganizationMutation = graphql(
  `
    mutation CreatePartyOrganization($input: CreatePartyOrganizationInput!) {
      createPartyOrganization(input: $input) {
        __typename
        ... on MutationCreatePartyOrganizationSuccess {
          data {
            id
            ...PartyOrganizationRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [PartyOrganizationRow, UserErrorFields],
);

export const UpdatePartyOrganizationMutation = graphql(
  `
    mutation UpdatePartyOrganization($id: ID!, $input: UpdatePartyOrganizationInput!) {
      updatePartyOrganization(id: $id, input: $input) {
        __typename
        ... on MutationUpdatePartyOrganizationSuccess {
          data {
            id
            ...PartyOrganizationRow
            ...PartyOrganizationOption
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [PartyOrganizationRow, PartyOrganizationOption, UserErrorFields],
);

export const CreateSocialOrganizationMutation = graphql(
  `
    mutation CreateSocialOrganization($input: CreateSocialOrganizationInput!) {
      createSocialOrganization(input: $input) {
        __typename
        ... on MutationCreateSocialOrganizationSuccess {
          data {
            id
            ...SocialOrganizationRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [SocialOrganizationRow, UserErrorFields],
);

export const UpdateSocialOrganizationMutation = graphql(
  `
    mutation UpdateSocialOrganization($id: ID!, $input: UpdateSocialOrganizationInput!) {
      updateSocialOrganization(id: $id, input: $input) {
        __typename
        ... on MutationUpdateSocialOrganizationSuccess {
          data {
            id
            ...SocialOrganizationRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [SocialOrganizationRow, UserErrorFields],
);
