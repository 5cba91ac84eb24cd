// Households' commands (household:manage): each returns the table's row.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { HouseholdRow } from "./HouseholdsTable";

export const CreateHouseholdMutation = graphql(
  `
    mutation CreateHousehold($input: CreateHouseholdInput!) {
      createHousehold(input: $input) {
        __typename
        ... on MutationCreateHouseholdSuccess {
          data {
            id
            ...HouseholdRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [HouseholdRow, UserErrorFields],
);

export const UpdateHouseholdMutation = graphql(
  `
    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {
      updateHousehold(id: $id, input: $input) {
        __typename
        ... on MutationUpdateHouseholdSuccess {
          data {
            id
            grid {
              id
              name
            }
            ...HouseholdRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [HouseholdRow, UserErrorFields],
);
