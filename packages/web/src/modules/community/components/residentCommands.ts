// Residents' commands (resident:create, resident:update): each returns the table's row and the form's fields.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { ResidentRow } from "./ResidentsTable";
import { ResidentFormFields } from "./residentForm";

export const CreateResidentMutation = graphql(
  `
    mutation CreateResident($input: CreateResidentInput!) {
      createResident(input: $input) {
        __typename
        ... on MutationCreateResidentSuccess {
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

export const UpdateResidentMutation = graphql(
  `
    mutation UpdateResident($id: ID!, $input: UpdateResidentInput!) {
      updateResident(id: $id, input: $input) {
        __typename
        ... on MutationUpdateResidentSuccess {
          data {
            id
            updatedAt
            ...ResidentRow
            ...ResidentFormFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ResidentRow, ResidentFormFields, UserErrorFields],
);
