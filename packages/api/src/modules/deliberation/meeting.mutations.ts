// Meeting, agenda and attendance mutations: thin, they call the services.
import { builder } from "../../builder.js";
import { addAgendaItem, recordAttendance, removeAgendaItem, reorderAgenda } from "./agenda.service.js";
import { AttendanceStatusEnum, MeetingModeEnum } from "./enums.type.js";
import { cancelMeeting, closeMeeting, recordMinutes, scheduleMeeting, startMeeting, updateMeeting } from "./meeting.service.js";
import { reload } from "../../shared/reload.js";

const ScheduleMeetingInput = builder.inputType("ScheduleMeetingInput", {
  fields: (t) => ({
    committeeId: t.id(),
    title: t.string(),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime", description: "After startsAt, at most 24 hours later." }),
    mode: t.field({ type: MeetingModeEnum }),
    place: t.string({ required: false, description: "Required IN_PERSON." }),
    onlineUrl: t.string({ required: false }),
    topicIds: t.idList({ required: false, description: "Accepted topics for the agenda, in order (each becomes SCHEDULED)." }),
  }),
});
const UpdateMeetingInput = builder.inputType("UpdateMeetingInput", {
  description: "Only while SCHEDULED. Fields left out are not changed.",
  fields: (t) => ({
    title: t.string({ required: false }),
    startsAt: t.field({ type: "DateTime", required: false }),
    endsAt: t.field({ type: "DateTime", required: false }),
    mode: t.field({ type: MeetingModeEnum, required: false }),
    place: t.string({ required: false }),
    onlineUrl: t.string({ required: false }),
  }),
});
const CloseMeetingInput = builder.inputType("CloseMeetingInput", { fields: (t) => ({ minutes: t.string({ required: false, description: "纪要 (may also be recorded later)." }) }) });
const CancelMeetingInput = builder.inputType("CancelMeetingInput", { fields: (t) => ({ reason: t.string() }) });
const AddAgendaItemInput = builder.inputType("AddAgendaItemInput", { fields: (t) => ({ meetingId: t.id(), topicId: t.id({ description: "An ACCEPTED (or DELIBERATED/ESCALATED, to deliberate again) topic." }) }) });
const AttendanceEntryInput = builder.inputType("AttendanceEntryInput", {
  fields: (t) => ({
    attendeeId: t.id({ description: "A CommitteeMembership sitting on the meeting's day, or a TopicStakeholder of a topic on the agenda (see Meeting.attendance)." }),
    status: t.field({ type: AttendanceStatusEnum }),
  }),
});

const meetingMutation = (description: string) => ({ description, authScopes: { loggedIn: true }, errors: {} }) as const;

builder.mutationFields((t) => ({
  scheduleMeeting: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Schedule a meeting (议事会), optionally with its agenda. Needs meeting:manage."),
    args: { input: t.arg({ type: ScheduleMeetingInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "meeting", q, scheduleMeeting(ctx, input)),
  }),
  updateMeeting: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Change a SCHEDULED meeting's title, time or place."),
    args: { id: t.arg.id(), input: t.arg({ type: UpdateMeetingInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "meeting", q, updateMeeting(ctx, id, input)),
  }),
  startMeeting: t.prismaField({
    type: "Meeting",
    ...meetingMutation("SCHEDULED → IN_PROGRESS."),
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "meeting", q, startMeeting(ctx, id)),
  }),
  closeMeeting: t.prismaField({
    type: "Meeting",
    ...meetingMutation("IN_PROGRESS → CLOSED (no vote may be open). Topics still SCHEDULED on its agenda become DELIBERATED."),
    args: { id: t.arg.id(), input: t.arg({ type: CloseMeetingInput, required: false }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "meeting", q, closeMeeting(ctx, id, input ?? {})),
  }),
  cancelMeeting: t.prismaField({
    type: "Meeting",
    ...meetingMutation("SCHEDULED → CANCELLED with a reason; its topics return to where they were."),
    args: { id: t.arg.id(), input: t.arg({ type: CancelMeetingInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "meeting", q, cancelMeeting(ctx, id, input)),
  }),
  recordMinutes: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Write the minutes (纪要) of a meeting in progress or closed."),
    args: { id: t.arg.id(), minutes: t.arg.string() },
    resolve: (q, _r, { id, minutes }, ctx) => reload(ctx, "meeting", q, recordMinutes(ctx, id, minutes)),
  }),
  addAgendaItem: t.prismaField({
    type: "AgendaItem",
    ...meetingMutation("Put an accepted topic at the end of the agenda (the topic becomes SCHEDULED). A declined topic is refused."),
    args: { input: t.arg({ type: AddAgendaItemInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "agendaItem", q, addAgendaItem(ctx, input)),
  }),
  removeAgendaItem: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Take a topic off the agenda before it is voted on; it returns to where it was."),
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "meeting", q, removeAgendaItem(ctx, id)),
  }),
  reorderAgenda: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Set the agenda's order: list every current item once."),
    args: { meetingId: t.arg.id(), itemIds: t.arg.idList() },
    resolve: (q, _r, { meetingId, itemIds }, ctx) => reload(ctx, "meeting", q, reorderAgenda(ctx, meetingId, itemIds)),
  }),
  recordAttendance: t.prismaField({
    type: "Meeting",
    ...meetingMutation("Record attendance (出席/缺席/请假) before or during the meeting; a later entry for a person replaces the earlier one."),
    args: { meetingId: t.arg.id(), entries: t.arg({ type: [AttendanceEntryInput] }) },
    resolve: (q, _r, { meetingId, entries }, ctx) => reload(ctx, "meeting", q, recordAttendance(ctx, meetingId, entries)),
  }),
}));
