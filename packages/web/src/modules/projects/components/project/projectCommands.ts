// The project's own commands: edit it, and its lifecycle steps (立项 → 评估, or 撤销); each
// returns the project's overview.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields, type CommandPayload } from "../../../../lib/userError";
import type { Step } from "../../enums";
import { ProjectOverviewFields } from "./OverviewPanel";

const Deliberate = graphql(
  `
    mutation SubmitProjectForDeliberation($id: ID!, $input: SubmitProjectForDeliberationInput) {
      submitProjectForDeliberation(id: $id, input: $input) {
        __typename
        ... on MutationSubmitProjectForDeliberationSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const Approve = graphql(
  `
    mutation ApproveProject($id: ID!, $input: ApproveProjectInput!) {
      approveProject(id: $id, input: $input) {
        __typename
        ... on MutationApproveProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const Start = graphql(
  `
    mutation StartProject($id: ID!, $input: StartProjectInput) {
      startProject(id: $id, input: $input) {
        __typename
        ... on MutationStartProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const Complete = graphql(
  `
    mutation CompleteProject($id: ID!, $input: CompleteProjectInput!) {
      completeProject(id: $id, input: $input) {
        __typename
        ... on MutationCompleteProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const Evaluate = graphql(
  `
    mutation EvaluateProject($id: ID!, $input: EvaluateProjectInput!) {
      evaluateProject(id: $id, input: $input) {
        __typename
        ... on MutationEvaluateProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const Cancel = graphql(
  `
    mutation CancelProject($id: ID!, $input: CancelProjectInput!) {
      cancelProject(id: $id, input: $input) {
        __typename
        ... on MutationCancelProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);

const STEP_COMMANDS = {
  DELIBERATE: [Deliberate, "submitProjectForDeliberation"],
  APPROVE: [Approve, "approveProject"],
  START: [Start, "startProject"],
  COMPLETE: [Complete, "completeProject"],
  EVALUATE: [Evaluate, "evaluateProject"],
  CANCEL: [Cancel, "cancelProject"],
} as const;

/** The command of one lifecycle step (fixed for the component's life: key the component by step). */
export function useStepCommand(step: Step) {
  const [document, field] = STEP_COMMANDS[step];
  return useCommand(document as typeof Approve, (d) => (d as unknown as Record<string, CommandPayload<{ id: string }>>)[field]!) as unknown as readonly [
    (variables: { id: string; input?: Record<string, unknown> }, options?: Parameters<ReturnType<typeof useCommand>[0]>[1]) => Promise<{ id: string } | null>,
    boolean,
  ];
}

export const UpdateProject = graphql(
  `
    mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {
      updateProject(id: $id, input: $input) {
        __typename
        ... on MutationUpdateProjectSuccess {
          data {
            id
            ...ProjectOverviewFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, UserErrorFields],
);
