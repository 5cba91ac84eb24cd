// The project list's command: create a project (立项申请), which lands in the list.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { ProjectRowFields } from "./ProjectsTable";

export const CreateProject = graphql(
  `
    mutation CreateProject($input: CreateProjectInput!) {
      createProject(input: $input) {
        __typename
        ... on MutationCreateProjectSuccess {
          data {
            id
            ...ProjectRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectRowFields, UserErrorFields],
);
