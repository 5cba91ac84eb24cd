// Graphcache updates for this capability's mutations (merged into app/cache.ts). Changed entities
// come back in the payloads and are normalized; what a change moves in or out of a list (a ticket
// leaving the open queue, a new booking, a withdrawn item) invalidates just those list fields and
// counters, so only they are fetched again.
import type { UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { created, type InputArgs, invalidateField, invalidateList, succeeded } from "../../lib/cacheUpdates";

type Data = Record<string, unknown>;

/** The Success payload's data of a mutation field. */
const dataOf = (result: Data, field: string) => (result[field] as { data?: Record<string, unknown> } | undefined)?.data;

/** A ticket changed state: queues, window counters and reports go stale. */
const ticketChanged =
  (field: string): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    invalidateList(cache, "serviceTickets");
    invalidateList(cache, "serviceReport");
    const window = dataOf(result, field)?.window as { id?: string } | null | undefined;
    invalidateField(cache, "ServiceWindow", window?.id, "openTicketCount");
    // A ticket moved to another window leaves the old window's count stale too.
    if (field === "assignServiceTicket") for (const f of cache.inspectFields("Query")) if (f.fieldName === "serviceComplex") cache.invalidate("Query", f.fieldKey);
  };

/** A change to the complex's rooms or windows (added, or taken out of use). */
const complexListChanged =
  (field: string, list: "rooms" | "windows"): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    const complex = dataOf(result, field)?.complex as { id?: string } | undefined;
    invalidateField(cache, "ServiceComplex", complex?.id, list);
  };

const listChanged =
  (field: string, ...lists: string[]): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    for (const list of lists) invalidateList(cache, list);
  };

export const serviceComplexUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createServiceTicket: ticketChanged("createServiceTicket"),
  acceptServiceTicket: ticketChanged("acceptServiceTicket"),
  returnServiceTicket: ticketChanged("returnServiceTicket"),
  resubmitServiceTicket: ticketChanged("resubmitServiceTicket"),
  transferServiceTicket: ticketChanged("transferServiceTicket"),
  recordServiceTicketTransferReply: ticketChanged("recordServiceTicketTransferReply"),
  completeServiceTicket: ticketChanged("completeServiceTicket"),
  rejectServiceTicket: ticketChanged("rejectServiceTicket"),
  assignServiceTicket: ticketChanged("assignServiceTicket"),
  rateServiceTicket: listChanged("rateServiceTicket", "serviceReport"),
  createCommunityServiceItem: created("createCommunityServiceItem", ["serviceCatalog"]),
  // Withdrawn or re-activated, or a new name, kind or category: the filtered lists change.
  updateCommunityServiceItem: listChanged("updateCommunityServiceItem", "serviceCatalog"),
  importServiceCatalog: listChanged("importServiceCatalog", "serviceCatalog"),
  recordServiceVisit: created("recordServiceVisit", ["serviceVisits"], (cache) => invalidateList(cache, "serviceReport")),
  answerServiceVisit: listChanged("answerServiceVisit", "serviceVisits"),
  closeServiceVisit: listChanged("closeServiceVisit", "serviceVisits"),
  // A new deliberation topic: the topic board's lists go stale too.
  turnServiceVisitIntoTopic: listChanged("turnServiceVisitIntoTopic", "serviceVisits", "topics"),
  createRoomBooking: listChanged("createRoomBooking", "roomBookings"),
  cancelRoomBooking: listChanged("cancelRoomBooking", "roomBookings"),
  createServiceComplex: (result, args: InputArgs, cache) => {
    if (!succeeded(result, "createServiceComplex")) return;
    invalidateList(cache, "serviceComplex", args.input?.communityId);
    invalidateField(cache, "Community", args.input?.communityId, "serviceComplex");
  },
  createServiceRoom: complexListChanged("createServiceRoom", "rooms"),
  updateServiceRoom: complexListChanged("updateServiceRoom", "rooms"),
  createServiceWindow: complexListChanged("createServiceWindow", "windows"),
  updateServiceWindow: complexListChanged("updateServiceWindow", "windows"),
};
