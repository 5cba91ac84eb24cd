// One mutation per ticket step; each returns the ticket with everything the page shows, so the
// page updates from the normalized cache.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields, type CommandPayload } from "../../../../lib/userError";
import { TicketActionFields, type Step } from "./TicketActions";
import { TicketMaterialsFields } from "./TicketMaterials";
import { TicketRatingFields } from "./TicketRating";
import { TicketSummaryFields } from "./TicketSummary";
import { TicketTimelineFields } from "./TicketTimeline";

/** What every step returns: the whole page but the applicant's phone (a full value is an audited reveal, on the page's load only). */
const TicketStepResult = graphql(
  `
    fragment TicketStepResult on ServiceTicket {
      id
      overdue
      ...TicketSummaryFields
      ...TicketMaterialsFields
      ...TicketTimelineFields
      ...TicketRatingFields
      ...TicketActionFields
    }
  `,
  [TicketSummaryFields, TicketMaterialsFields, TicketTimelineFields, TicketRatingFields, TicketActionFields],
);

const Accept = graphql(
  `
    mutation AcceptServiceTicket($id: ID!, $input: ServiceTicketNoteInput) {
      acceptServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationAcceptServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Return = graphql(
  `
    mutation ReturnServiceTicket($id: ID!, $input: ReturnServiceTicketInput!) {
      returnServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationReturnServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Resubmit = graphql(
  `
    mutation ResubmitServiceTicket($id: ID!, $input: ServiceTicketNoteInput) {
      resubmitServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationResubmitServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Transfer = graphql(
  `
    mutation TransferServiceTicket($id: ID!, $input: TransferServiceTicketInput!) {
      transferServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationTransferServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const TransferReply = graphql(
  `
    mutation RecordServiceTicketTransferReply($id: ID!, $input: ServiceTicketTransferReplyInput!) {
      recordServiceTicketTransferReply(id: $id, input: $input) {
        __typename
        ... on MutationRecordServiceTicketTransferReplySuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Complete = graphql(
  `
    mutation CompleteServiceTicket($id: ID!, $input: CompleteServiceTicketInput) {
      completeServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationCompleteServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Reject = graphql(
  `
    mutation RejectServiceTicket($id: ID!, $input: RejectServiceTicketInput!) {
      rejectServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationRejectServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Assign = graphql(
  `
    mutation AssignServiceTicket($id: ID!, $input: AssignServiceTicketInput!) {
      assignServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationAssignServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);

const Rate = graphql(
  `
    mutation RateServiceTicket($id: ID!, $input: RateServiceTicketInput!) {
      rateServiceTicket(id: $id, input: $input) {
        __typename
        ... on MutationRateServiceTicketSuccess {
          data {
            id
            ...TicketStepResult
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TicketStepResult, UserErrorFields],
);


const STEP_COMMANDS = {
  ACCEPT: [Accept, "acceptServiceTicket"],
  RETURN: [Return, "returnServiceTicket"],
  RESUBMIT: [Resubmit, "resubmitServiceTicket"],
  TRANSFER: [Transfer, "transferServiceTicket"],
  TRANSFER_REPLY: [TransferReply, "recordServiceTicketTransferReply"],
  COMPLETE: [Complete, "completeServiceTicket"],
  REJECT: [Reject, "rejectServiceTicket"],
  ASSIGN: [Assign, "assignServiceTicket"],
  RATE: [Rate, "rateServiceTicket"],
} as const;

/**
 * The command of one step (fixed for the component's life: key the component by step). Inputs
 * differ per step; the form builds the right one.
 */
export function useStepCommand(step: Step) {
  const [document, field] = STEP_COMMANDS[step];
  return useCommand(document as typeof Accept, (d) => (d as unknown as Record<string, CommandPayload<{ id: string }>>)[field]!) as unknown as readonly [
    (variables: { id: string; input?: Record<string, unknown> }, options?: Parameters<ReturnType<typeof useCommand>[0]>[1]) => Promise<{ id: string } | null>,
    boolean,
  ];
}
