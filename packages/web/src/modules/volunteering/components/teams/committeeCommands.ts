// The committee's commands: set it up, seat a resident, record a member leaving. Each payload spreads
// the committee's card (its sitting and former members), so graphcache updates it; a new committee
// is fetched again through cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { VolunteerCommitteeFields } from "./CommitteeCard";

export const CreateCommitteeMutation = graphql(
  `
    mutation CreateVolunteerCommittee($input: CreateVolunteerCommitteeInput!) {
      createVolunteerCommittee(input: $input) {
        __typename
        ... on MutationCreateVolunteerCommitteeSuccess {
          data {
            id
            ...VolunteerCommitteeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VolunteerCommitteeFields, UserErrorFields],
);

export const AddMemberMutation = graphql(
  `
    mutation AddVolunteerCommitteeMember($input: AddVolunteerCommitteeMemberInput!) {
      addVolunteerCommitteeMember(input: $input) {
        __typename
        ... on MutationAddVolunteerCommitteeMemberSuccess {
          data {
            id
            committee {
              id
              ...VolunteerCommitteeFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VolunteerCommitteeFields, UserErrorFields],
);

export const EndMembershipMutation = graphql(
  `
    mutation EndVolunteerCommitteeMembership($id: ID!, $input: EndVolunteerCommitteeMembershipInput!) {
      endVolunteerCommitteeMembership(id: $id, input: $input) {
        __typename
        ... on MutationEndVolunteerCommitteeMembershipSuccess {
          data {
            id
            committee {
              id
              ...VolunteerCommitteeFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VolunteerCommitteeFields, UserErrorFields],
);
