// The settings' commands: the complex itself, its rooms, its windows and their clerks. Each payload
// selects the fragment of the form or list that shows what it changed, so graphcache updates it.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { ComplexFormFields } from "./ComplexForm";
import { RoomSettingsRow } from "./RoomsPanel";
import { WindowSettingsRow } from "./WindowsPanel";

const CreateComplexMutation = graphql(
  `
    mutation CreateServiceComplex($input: CreateServiceComplexInput!) {
      createServiceComplex(input: $input) {
        __typename
        ... on MutationCreateServiceComplexSuccess {
          data {
            id
            ...ComplexFormFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ComplexFormFields, UserErrorFields],
);
export const useCreateComplex = () => useCommand(CreateComplexMutation, (d) => d.createServiceComplex);

const UpdateComplexMutation = graphql(
  `
    mutation UpdateServiceComplex($id: ID!, $input: UpdateServiceComplexInput!) {
      updateServiceComplex(id: $id, input: $input) {
        __typename
        ... on MutationUpdateServiceComplexSuccess {
          data {
            id
            updatedAt
            ...ComplexFormFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ComplexFormFields, UserErrorFields],
);
export const useUpdateComplex = () => useCommand(UpdateComplexMutation, (d) => d.updateServiceComplex);

const CreateRoomMutation = graphql(
  `
    mutation CreateServiceRoom($input: CreateServiceRoomInput!) {
      createServiceRoom(input: $input) {
        __typename
        ... on MutationCreateServiceRoomSuccess {
          data {
            id
            ...RoomSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RoomSettingsRow, UserErrorFields],
);
export const useCreateRoom = () => useCommand(CreateRoomMutation, (d) => d.createServiceRoom);

const UpdateRoomMutation = graphql(
  `
    mutation UpdateServiceRoom($id: ID!, $input: UpdateServiceRoomInput!) {
      updateServiceRoom(id: $id, input: $input) {
        __typename
        ... on MutationUpdateServiceRoomSuccess {
          data {
            id
            ...RoomSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RoomSettingsRow, UserErrorFields],
);
export const useUpdateRoom = () => useCommand(UpdateRoomMutation, (d) => d.updateServiceRoom);

const CreateWindowMutation = graphql(
  `
    mutation CreateServiceWindow($input: CreateServiceWindowInput!) {
      createServiceWindow(input: $input) {
        __typename
        ... on MutationCreateServiceWindowSuccess {
          data {
            id
            ...WindowSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [WindowSettingsRow, UserErrorFields],
);
export const useCreateWindow = () => useCommand(CreateWindowMutation, (d) => d.createServiceWindow);

const UpdateWindowMutation = graphql(
  `
    mutation UpdateServiceWindow($id: ID!, $input: UpdateServiceWindowInput!) {
      updateServiceWindow(id: $id, input: $input) {
        __typename
        ... on MutationUpdateServiceWindowSuccess {
          data {
            id
            ...WindowSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [WindowSettingsRow, UserErrorFields],
);
export const useUpdateWindow = () => useCommand(UpdateWindowMutation, (d) => d.updateServiceWindow);

const SetClerksMutation = graphql(
  `
    mutation SetServiceWindowClerks($id: ID!, $accountIds: [ID!]!) {
      setServiceWindowClerks(id: $id, accountIds: $accountIds) {
        __typename
        ... on MutationSetServiceWindowClerksSuccess {
          data {
            id
            ...WindowSettingsRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [WindowSettingsRow, UserErrorFields],
);
export const useSetClerks = () => useCommand(SetClerksMutation, (d) => d.setServiceWindowClerks);
