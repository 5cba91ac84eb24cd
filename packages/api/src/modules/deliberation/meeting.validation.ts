// zod models of the meeting, vote and resolution inputs.
import { z } from "zod";
import { day, gid, nullableGid as optionalGid, optionalText, text, time as when } from "../../shared/validation.js";

const url = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/, "须为 http(s) 地址 (an http(s) URL)")
  .nullish()
  .or(z.literal("").transform(() => null));

const meetingFields = {
  title: text(100),
  startsAt: when,
  endsAt: when,
  mode: z.enum(["IN_PERSON", "ONLINE"]),
  place: optionalText(200),
  onlineUrl: url,
};

type MeetingShape = { startsAt?: Date; endsAt?: Date; mode?: "IN_PERSON" | "ONLINE"; place?: string | null };
/** Time order and place rules, shared by create and (merged with the row) update. */
export function meetingShapeIssues(m: MeetingShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (m.startsAt && m.endsAt && m.endsAt <= m.startsAt) issues.push({ path: "endsAt", message: "结束时间须晚于开始时间 (endsAt must be after startsAt)" });
  if (m.startsAt && m.endsAt && m.endsAt.getTime() - m.startsAt.getTime() > 24 * 3600 * 1000)
    issues.push({ path: "endsAt", message: "会议不能超过24小时 (at most 24 hours)" });
  if (m.mode === "IN_PERSON" && !m.place) issues.push({ path: "place", message: "现场会议须填写地点 (an in-person meeting needs a place)" });
  return issues;
}

export const meetingInput = z.object({ committeeId: gid("Committee"), ...meetingFields, topicIds: z.array(gid("Topic")).max(30, "最多30个议题").optional() });
export const meetingUpdate = z.object({
  title: meetingFields.title.optional(),
  startsAt: when.optional(),
  endsAt: when.optional(),
  mode: meetingFields.mode.optional(),
  place: meetingFields.place,
  onlineUrl: meetingFields.onlineUrl,
});

export const minutesInput = text(50_000);
export const reasonInput = text(500);

export const attendanceInput = z
  .array(z.object({ attendeeId: z.string(), status: z.enum(["PRESENT", "ABSENT", "EXCUSED"]) }))
  .min(1, "至少一条 (at least one)")
  .max(100, "一次最多100条 (at most 100)");

export const openVoteInput = z.object({ agendaItemId: gid("AgendaItem"), question: optionalText(300) });
export const ballotInput = z.object({ voteId: gid("Vote"), voterId: z.string().min(1), choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) });

export const resolutionInput = z.object({
  topicId: gid("Topic"),
  voteId: optionalGid("Vote"),
  meetingId: optionalGid("Meeting"),
  text: text(5000),
  ownerName: optionalText(60),
  ownerMembershipId: optionalGid("CommitteeMembership"),
  dueOn: day.nullish(),
});
export const resolutionUpdateInput = z.object({
  resolutionId: gid("Resolution"),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE"]).nullish(),
  note: text(2000),
});
export const escalationInput = z.object({ topicId: gid("Topic"), meetingId: optionalGid("Meeting"), addressedTo: text(60), text: text(5000) });
export const escalationReplyInput = z.object({ replyText: text(5000), repliedOn: day });
