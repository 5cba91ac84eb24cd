// The queue's command: take a new ticket (at the window or by proxy). Its payload selects the
// queue's row, so graphcache has the ticket the queue lists.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { TicketRow } from "./TicketsTable";

const CreateServiceTicketMutation = graphql(
  `
    mutation CreateServiceTicket($input: CreateServiceTicketInput!) {
      createServiceTicket(input: $input) {
        __typename
        ... on MutationCreateServiceTicketSuccess {
          data {
            id
            ...TicketRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketRow, UserErrorFields],
);
export const useCreateTicket = () => useCommand(CreateServiceTicketMutation, (d) => d.createServiceTicket);
