// The community's own command: edit its name, kind, code and address (community:update).
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { CommunityOverviewFields } from "./CommunityOverviewCard";

export const UpdateCommunityMutation = graphql(
  `
    mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {
      updateCommunity(id: $id, input: $input) {
        __typename
        ... on MutationUpdateCommunitySuccess {
          data {
            id
            ...CommunityOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommunityOverviewFields, UserErrorFields],
);
