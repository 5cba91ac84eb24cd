// 项目进展: post an update.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";

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
