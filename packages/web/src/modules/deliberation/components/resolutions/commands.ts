// Resolutions' and escalations' commands: make a resolution, report its implementation, escalate a
// topic to the street and record the street's reply. Each returns the cards' fragments.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { EscalationFields } from "./EscalationCard";
import { ResolutionFields } from "./ResolutionCard";

export const CreateResolutionMutation = graphql(
  `
    mutation CreateResolution($input: CreateResolutionInput!) {
      createResolution(input: $input) {
        __typename
        ... on MutationCreateResolutionSuccess {
          data {
            id
            ...ResolutionFields
            topic {
              id
              status
              allowedSteps
              resolutions {
                id
                ...ResolutionFields
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ResolutionFields, UserErrorFields],
);

export const EscalateMutation = graphql(
  `
    mutation EscalateTopic($input: EscalateTopicInput!) {
      escalateTopic(input: $input) {
        __typename
        ... on MutationEscalateTopicSuccess {
          data {
            id
            ...EscalationFields
            topic {
              id
              status
              allowedSteps
              escalations {
                id
                ...EscalationFields
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [EscalationFields, UserErrorFields],
);

export const RecordReplyMutation = graphql(
  `
    mutation RecordEscalationReply($id: ID!, $input: EscalationReplyInput!) {
      recordEscalationReply(id: $id, input: $input) {
        __typename
        ... on MutationRecordEscalationReplySuccess {
          data {
            id
            ...EscalationFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [EscalationFields, UserErrorFields],
);

export const AddResolutionUpdateMutation = graphql(
  `
    mutation AddResolutionUpdate($input: AddResolutionUpdateInput!) {
      addResolutionUpdate(input: $input) {
        __typename
        ... on MutationAddResolutionUpdateSuccess {
          data {
            id
            ...ResolutionFields
            topic {
              id
              status
              allowedSteps
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ResolutionFields, UserErrorFields],
);
