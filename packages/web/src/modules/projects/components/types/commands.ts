// The project types' commands: add a type, change one (name, description, in use or not). Each
// payload selects the table's row, so graphcache updates it.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { ProjectTypeRowFields } from "./ProjectTypesTable";

const CreateType = graphql(
  `
    mutation CreateProjectType($input: CreateProjectTypeInput!) {
      createProjectType(input: $input) {
        __typename
        ... on MutationCreateProjectTypeSuccess {
          data {
            ...ProjectTypeRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectTypeRowFields, UserErrorFields],
);
export const useCreateType = () => useCommand(CreateType, (d) => d.createProjectType);

const UpdateType = graphql(
  `
    mutation UpdateProjectType($id: ID!, $input: UpdateProjectTypeInput!) {
      updateProjectType(id: $id, input: $input) {
        __typename
        ... on MutationUpdateProjectTypeSuccess {
          data {
            ...ProjectTypeRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectTypeRowFields, UserErrorFields],
);
export const useUpdateType = () => useCommand(UpdateType, (d) => d.updateProjectType);
