// The catalog's commands: add the community's own item, edit an item, import the catalog from Excel.
// Adding and editing select the table's row and the form's item, so graphcache updates both.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { CatalogItemFields } from "./CatalogItemModal";
import { CatalogRow } from "./CatalogTable";

const CreateItemMutation = graphql(
  `
    mutation CreateCommunityServiceItem($input: CreateCommunityServiceItemInput!) {
      createCommunityServiceItem(input: $input) {
        __typename
        ... on MutationCreateCommunityServiceItemSuccess {
          data {
            id
            ...CatalogRow
            ...CatalogItemFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CatalogRow, CatalogItemFields, UserErrorFields],
);
export const useCreateItem = () => useCommand(CreateItemMutation, (d) => d.createCommunityServiceItem);

const UpdateItemMutation = graphql(
  `
    mutation UpdateCommunityServiceItem($id: ID!, $input: UpdateCommunityServiceItemInput!) {
      updateCommunityServiceItem(id: $id, input: $input) {
        __typename
        ... on MutationUpdateCommunityServiceItemSuccess {
          data {
            id
            updatedAt
            ...CatalogRow
            ...CatalogItemFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CatalogRow, CatalogItemFields, UserErrorFields],
);
export const useUpdateItem = () => useCommand(UpdateItemMutation, (d) => d.updateCommunityServiceItem);

const ImportCatalogMutation = graphql(
  `
    mutation ImportServiceCatalog($input: ImportServiceCatalogInput!) {
      importServiceCatalog(input: $input) {
        __typename
        ... on MutationImportServiceCatalogSuccess {
          data {
            created
            updated
            unchanged
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useImportCatalog = () => useCommand(ImportCatalogMutation, (d) => d.importServiceCatalog);
