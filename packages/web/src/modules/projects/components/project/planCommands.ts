// The plan: milestones and tasks (the plan tab is fetched again, see cache.ts).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";

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
            allowedSteps
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
