// Files of a project: a photo or a receipt goes up as a multipart part (see hooks/useUpload).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";

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
