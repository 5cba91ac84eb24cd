// The project mutations, one document each. Lifecycle steps return the project's head and overview;
// changes below a project return the changed row (the project is fetched again, see cache.ts).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../lib/useCommand";
import { UserErrorFields, type CommandPayload } from "../../lib/userError";
import type { Step } from "./enums";
import { ProjectBeneficiariesFields, ProjectOverviewFields } from "./fragments";

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

export const SetBeneficiaries = graphql(
  `
    mutation SetProjectBeneficiaries($input: SetProjectBeneficiariesInput!) {
      setProjectBeneficiaries(input: $input) {
        __typename
        ... on MutationSetProjectBeneficiariesSuccess {
          data {
            id
            ...ProjectOverviewFields
            ...ProjectBeneficiariesFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, ProjectBeneficiariesFields, UserErrorFields],
);
export const useSetBeneficiaries = () => useCommand(SetBeneficiaries, (d) => d.setProjectBeneficiaries);

const AddMilestone = graphql(
  `
    mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {
      addProjectMilestone(input: $input) {
        __typename
        ... on MutationAddProjectMilestoneSuccess {
          data {
            id
            title
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useAddMilestone = () => useCommand(AddMilestone, (d) => d.addProjectMilestone);

const ReachMilestone = graphql(
  `
    mutation ReachProjectMilestone($id: ID!, $input: ReachProjectMilestoneInput!) {
      reachProjectMilestone(id: $id, input: $input) {
        __typename
        ... on MutationReachProjectMilestoneSuccess {
          data {
            id
            reached
            completedOn
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useReachMilestone = () => useCommand(ReachMilestone, (d) => d.reachProjectMilestone);

const AddTask = graphql(
  `
    mutation AddProjectTask($input: AddProjectTaskInput!) {
      addProjectTask(input: $input) {
        __typename
        ... on MutationAddProjectTaskSuccess {
          data {
            id
            title
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useAddTask = () => useCommand(AddTask, (d) => d.addProjectTask);

const UpdateTask = graphql(
  `
    mutation UpdateProjectTask($id: ID!, $input: UpdateProjectTaskInput!) {
      updateProjectTask(id: $id, input: $input) {
        __typename
        ... on MutationUpdateProjectTaskSuccess {
          data {
            id
            status
            doneAt
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useUpdateTask = () => useCommand(UpdateTask, (d) => d.updateProjectTask);

const UploadFile = graphql(
  `
    mutation UploadProjectFile($input: UploadProjectFileInput!) {
      uploadProjectFile(input: $input) {
        __typename
        ... on MutationUploadProjectFileSuccess {
          data {
            id
            kind
            url
            mimeType
            size
            originalName
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useUploadFile = () => useCommand(UploadFile, (d) => d.uploadProjectFile);

const PostUpdate = graphql(
  `
    mutation PostProjectUpdate($input: PostProjectUpdateInput!) {
      postProjectUpdate(input: $input) {
        __typename
        ... on MutationPostProjectUpdateSuccess {
          data {
            id
            percentComplete
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const usePostUpdate = () => useCommand(PostUpdate, (d) => d.postProjectUpdate);

const AddBudgetLine = graphql(
  `
    mutation AddProjectBudgetLine($input: AddProjectBudgetLineInput!) {
      addProjectBudgetLine(input: $input) {
        __typename
        ... on MutationAddProjectBudgetLineSuccess {
          data {
            id
            name
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useAddBudgetLine = () => useCommand(AddBudgetLine, (d) => d.addProjectBudgetLine);

const RecordExpense = graphql(
  `
    mutation RecordProjectExpense($input: RecordProjectExpenseInput!) {
      recordProjectExpense(input: $input) {
        __typename
        ... on MutationRecordProjectExpenseSuccess {
          data {
            id
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useRecordExpense = () => useCommand(RecordExpense, (d) => d.recordProjectExpense);

const ReverseExpense = graphql(
  `
    mutation ReverseProjectExpense($id: ID!, $input: ReverseProjectExpenseInput!) {
      reverseProjectExpense(id: $id, input: $input) {
        __typename
        ... on MutationReverseProjectExpenseSuccess {
          data {
            id
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useReverseExpense = () => useCommand(ReverseExpense, (d) => d.reverseProjectExpense);

const Pledge = graphql(
  `
    mutation PledgeSponsorship($input: PledgeSponsorshipInput!) {
      pledgeSponsorship(input: $input) {
        __typename
        ... on MutationPledgeSponsorshipSuccess {
          data {
            id
            status
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const usePledge = () => useCommand(Pledge, (d) => d.pledgeSponsorship);

const Received = graphql(
  `
    mutation RecordSponsorshipReceived($id: ID!, $input: RecordSponsorshipReceivedInput!) {
      recordSponsorshipReceived(id: $id, input: $input) {
        __typename
        ... on MutationRecordSponsorshipReceivedSuccess {
          data {
            id
            status
            receivedFen
            receivedOn
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useRecordReceived = () => useCommand(Received, (d) => d.recordSponsorshipReceived);

const Withdraw = graphql(
  `
    mutation WithdrawSponsorship($id: ID!, $input: WithdrawSponsorshipInput!) {
      withdrawSponsorship(id: $id, input: $input) {
        __typename
        ... on MutationWithdrawSponsorshipSuccess {
          data {
            id
            status
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useWithdraw = () => useCommand(Withdraw, (d) => d.withdrawSponsorship);
