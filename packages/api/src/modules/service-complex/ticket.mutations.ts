// Mutations for tickets: thin, they call ticket.service. Each step is refused with CONFLICT when
// the ticket's status does not allow it (see ServiceTicket.allowedSteps).
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";

import { ServiceTicketChannelEnum } from "./enums.type.js";
import {
  acceptServiceTicket,
  assignServiceTicket,
  completeServiceTicket,
  createServiceTicket,
  rateServiceTicket,
  recordServiceTicketTransferReply,
  rejectServiceTicket,
  resubmitServiceTicket,
  returnServiceTicket,
  transferServiceTicket,
} from "./ticket.service.js";

const CreateServiceTicketInput = builder.inputType("CreateServiceTicketInput", {
  fields: (t) => ({
    itemId: t.id({ description: "The CommunityServiceItem asked for; its community is the ticket's." }),
    channel: t.field({
      type: ServiceTicketChannelEnum,
      required: false,
      description: "WINDOW (default for clerks) or PROXY (代办; needs residentId). Apps acting for a resident always submit ONLINE.",
    }),
    windowId: t.id({ required: false, description: "The window that opened it; by default the first open window of the item's kind." }),
    residentId: t.id({ required: false, description: "The resident served (set automatically for apps acting for a resident)." }),
    applicantName: t.string({ required: false, description: "Defaults to the resident's name." }),
    applicantPhone: t.string({ required: false }),
    proxyAgentName: t.string({ required: false, description: "代办员 for PROXY tickets; defaults to the clerk's name." }),
    content: t.string({ required: false, description: "What is asked for, in the resident's words." }),
  }),
});
const NoteInput = builder.inputType("ServiceTicketNoteInput", { fields: (t) => ({ note: t.string({ required: false }) }) });
const ReturnInput = builder.inputType("ReturnServiceTicketInput", {
  fields: (t) => ({ materials: t.stringList({ description: "The missing materials (at least one)." }), note: t.string({ required: false }) }),
});
const TransferInput = builder.inputType("TransferServiceTicketInput", {
  fields: (t) => ({ department: t.string({ description: "The department it goes to, e.g. 区人社局." }), note: t.string({ required: false }) }),
});
const ReplyInput = builder.inputType("ServiceTicketTransferReplyInput", { fields: (t) => ({ reply: t.string({ description: "The department's reply; recording it closes the ticket." }) }) });
const CompleteInput = builder.inputType("CompleteServiceTicketInput", { fields: (t) => ({ resultNote: t.string({ required: false, description: "办结说明." }) }) });
const RejectInput = builder.inputType("RejectServiceTicketInput", { fields: (t) => ({ reason: t.string({ description: "Why (required)." }) }) });
const RateInput = builder.inputType("RateServiceTicketInput", {
  fields: (t) => ({ rating: t.int({ description: "1 (很不满意) to 5 (非常满意)." }), comment: t.string({ required: false }) }),
});
const AssignInput = builder.inputType("AssignServiceTicketInput", {
  description: "Give at least one of assigneeId and windowId.",
  fields: (t) => ({
    assigneeId: t.id({ required: false, description: "A clerk holding ticket:handle in the community." }),
    windowId: t.id({ required: false, description: "Move it to another window's queue." }),
    note: t.string({ required: false }),
  }),
});

type Ctx = Parameters<typeof acceptServiceTicket>[0];
type Run = (ctx: Ctx, id: string, input: unknown) => ReturnType<typeof acceptServiceTicket>;

type StepInput = typeof NoteInput | typeof ReturnInput | typeof TransferInput | typeof ReplyInput | typeof CompleteInput | typeof RejectInput | typeof RateInput | typeof AssignInput;

/** One ticket step: `id` plus its input (optional when every field is). */
const steps: { name: string; description: string; run: Run; input: StepInput; required: boolean }[] = [];
const add = (name: string, description: string, run: Run, input: StepInput, required: boolean) => steps.push({ name, description, run, input, required });

add("acceptServiceTicket", "受理: SUBMITTED → ACCEPTED; the clerk becomes the assignee if none. Needs ticket:handle.", acceptServiceTicket, NoteInput, false);
add("returnServiceTicket", "退回补正: SUBMITTED/ACCEPTED → RETURNED, naming the missing materials. Needs ticket:handle.", returnServiceTicket, ReturnInput, true);
add(
  "resubmitServiceTicket",
  "补正后重新提交: RETURNED → SUBMITTED; the deadline is counted again from now. By a clerk (ticket:create) or the resident's app (acting for the ticket's resident).",
  resubmitServiceTicket,
  NoteInput,
  false,
);
add("transferServiceTicket", "转办: SUBMITTED/ACCEPTED → TRANSFERRED to a named department (open until its reply is recorded). Needs ticket:handle.", transferServiceTicket, TransferInput, true);
add("recordServiceTicketTransferReply", "Record the department's reply to a transferred ticket; this closes it. Needs ticket:handle.", recordServiceTicketTransferReply, ReplyInput, true);
add("completeServiceTicket", "办结: ACCEPTED → COMPLETED (closed). Needs ticket:handle.", completeServiceTicket, CompleteInput, false);
add("rejectServiceTicket", "不予办理: SUBMITTED/ACCEPTED/RETURNED → REJECTED with a reason (closed). Needs ticket:handle.", rejectServiceTicket, RejectInput, true);
add("assignServiceTicket", "Give an open ticket to a clerk, or move it to another window. Needs ticket:handle.", assignServiceTicket, AssignInput, true);
add(
  "rateServiceTicket",
  "评价 a closed ticket, once: 1–5 with a comment. By the resident's app (acting for the ticket's resident) or an admin recording it (ticket:rate).",
  rateServiceTicket,
  RateInput,
  true,
);

builder.mutationFields((t) => ({
  createServiceTicket: t.prismaField({
    type: "ServiceTicket",
    description:
      "Open a ticket (办件). Clerks open it at a window or by proxy (needs ticket:create); residents' apps submit it online acting for the resident (X-Act-As-Resident; the item must allow online). The due date counts the item's time limit in working days.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateServiceTicketInput }) },
    resolve: async (query, _r, { input }, ctx) => reload(ctx, "serviceTicket", query, await createServiceTicket(ctx, input)),
  }),
  ...Object.fromEntries(
    steps.map((s) => [
      s.name,
      t.prismaField({
        type: "ServiceTicket",
        description: s.description,
        authScopes: { loggedIn: true },
        errors: {},
        args: { id: t.arg.id(), input: s.required ? t.arg({ type: s.input, required: true }) : t.arg({ type: s.input, required: false }) },
        resolve: async (query, _r, args, ctx) => reload(ctx, "serviceTicket", query, await s.run(ctx, String(args.id), args.input ?? {})),
      }),
    ]),
  ),
}));
