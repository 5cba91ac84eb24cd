// The teams' commands: form a team, put a volunteer in a team with a role, take one out. Each
// payload spreads the team's row and the volunteer's (whose teams column changes), so graphcache
// updates them; lists that gain a row are invalidated in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { TeamRowFields } from "./TeamsTable";
import { VolunteerRowFields } from "./VolunteersTable";

export const CreateTeamMutation = graphql(
  `
    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
      createVolunteerTeam(input: $input) {
        __typename
        ... on MutationCreateVolunteerTeamSuccess {
          data {
            id
            ...TeamRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, UserErrorFields],
);

export const SetMemberMutation = graphql(
  `
    mutation SetVolunteerTeamMember($input: SetVolunteerTeamMemberInput!) {
      setVolunteerTeamMember(input: $input) {
        __typename
        ... on MutationSetVolunteerTeamMemberSuccess {
          data {
            id
            team {
              id
              ...TeamRowFields
            }
            volunteer {
              id
              ...VolunteerRowFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, VolunteerRowFields, UserErrorFields],
);

export const RemoveMemberMutation = graphql(
  `
    mutation RemoveVolunteerTeamMember($id: ID!) {
      removeVolunteerTeamMember(id: $id) {
        __typename
        ... on MutationRemoveVolunteerTeamMemberSuccess {
          data {
            id
            leftAt
            allowedSteps
            team {
              id
              ...TeamRowFields
            }
            volunteer {
              id
              ...VolunteerRowFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, VolunteerRowFields, UserErrorFields],
);
