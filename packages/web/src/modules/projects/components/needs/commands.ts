// The needs board's commands: list a need, mark it 已落实, close it, attach it to a project. Each
// payload selects the table's row, so graphcache updates it (pledges are sponsorCommands.ts).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { NeedRowFields } from "./NeedsTable";

const CreateNeed = graphql(
  `
    mutation CreateCommunityNeed($input: CreateCommunityNeedInput!) {
      createCommunityNeed(input: $input) {
        __typename
        ... on MutationCreateCommunityNeedSuccess {
          data {
            ...NeedRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedRowFields, UserErrorFields],
);
export const useCreateNeed = () => useCommand(CreateNeed, (d) => d.createCommunityNeed);

const FulfillNeed = graphql(
  `
    mutation FulfillCommunityNeed($id: ID!) {
      fulfillCommunityNeed(id: $id) {
        __typename
        ... on MutationFulfillCommunityNeedSuccess {
          data {
            ...NeedRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedRowFields, UserErrorFields],
);
export const useFulfillNeed = () => useCommand(FulfillNeed, (d) => d.fulfillCommunityNeed);

const CloseNeed = graphql(
  `
    mutation CloseCommunityNeed($id: ID!, $input: CloseCommunityNeedInput!) {
      closeCommunityNeed(id: $id, input: $input) {
        __typename
        ... on MutationCloseCommunityNeedSuccess {
          data {
            ...NeedRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedRowFields, UserErrorFields],
);
export const useCloseNeed = () => useCommand(CloseNeed, (d) => d.closeCommunityNeed);

const LinkNeed = graphql(
  `
    mutation LinkCommunityNeedToProject($id: ID!, $projectId: ID!) {
      linkCommunityNeedToProject(id: $id, projectId: $projectId) {
        __typename
        ... on MutationLinkCommunityNeedToProjectSuccess {
          data {
            ...NeedRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedRowFields, UserErrorFields],
);
export const useLinkNeed = () => useCommand(LinkNeed, (d) => d.linkCommunityNeedToProject);
