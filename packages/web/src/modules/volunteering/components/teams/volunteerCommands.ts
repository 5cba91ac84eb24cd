// The volunteers' command: register a resident, or a party member of another community (双报到).
// The payload spreads the volunteer's row; the list gains it in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { VolunteerRowFields } from "./VolunteersTable";

export const RegisterVolunteerMutation = graphql(
  `
    mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
      registerVolunteer(input: $input) {
        __typename
        ... on MutationRegisterVolunteerSuccess {
          data {
            id
            ...VolunteerRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VolunteerRowFields, UserErrorFields],
);
