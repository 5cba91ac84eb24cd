// Grids' commands (grid:manage): each returns the table's row.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { GridRow } from "./GridsTable";

export const CreateGridMutation = graphql(
  `
    mutation CreateGrid($input: CreateGridInput!) {
      createGrid(input: $input) {
        __typename
        ... on MutationCreateGridSuccess {
          data {
            id
            ...GridRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [GridRow, UserErrorFields],
);

export const UpdateGridMutation = graphql(
  `
    mutation UpdateGrid($id: ID!, $input: UpdateGridInput!) {
      updateGrid(id: $id, input: $input) {
        __typename
        ... on MutationUpdateGridSuccess {
          data {
            id
            ...GridRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [GridRow, UserErrorFields],
);
