// zod models of the deliberation inputs. A bad field becomes a UserError naming input.<field>.
import { z } from "zod";
import { day, gid, nullableGid as optionalGid, optionalText, text } from "../../shared/validation.js";

const quorumRule = z.enum(["MORE_THAN_HALF", "TWO_THIRDS"]);
const voteThreshold = z.enum(["SIMPLE_MAJORITY", "TWO_THIRDS"]);
const cosignThreshold = z.number().int("须为整数 (an integer)").min(0, "不能小于0").max(10_000, "不能超过10000");

export const committeeInput = z.object({
  name: optionalText(60),
  description: optionalText(1000),
  cosignThreshold: cosignThreshold.optional(),
});
export const committeeUpdate = z.object({
  name: text(60).optional(),
  description: optionalText(1000),
  cosignThreshold: cosignThreshold.optional(),
});

export const termInput = z
  .object({ committeeId: gid("Committee"), number: z.number().int().min(1, "届次从1开始 (from 1)").max(999), name: optionalText(60), startsOn: day, endsOn: day })
  .refine((t) => t.endsOn > t.startsOn, { message: "届满日期须晚于开始日期 (endsOn must be after startsOn)", path: ["endsOn"] });

const charterRules = {
  quorumRule: quorumRule.optional(),
  defaultThreshold: voteThreshold.optional(),
  stakeholdersMayVote: z.boolean().optional(),
};
export const charterInput = z.object({ committeeId: gid("Committee"), title: text(100), body: text(50_000), ...charterRules });
export const charterUpdate = z.object({ title: text(100).optional(), body: text(50_000).optional(), ...charterRules });
export const adoptCharterInput = z.object({ adoptedOn: day, meetingId: optionalGid("Meeting") });

export const seat = z.enum([
  "PARTY_ORGANIZATION",
  "RESIDENTS_COMMITTEE",
  "SUPERVISION_COMMITTEE",
  "DEPUTIES",
  "NOTABLES",
  "RETIRED_CADRES",
  "RESIDENT_REPRESENTATIVES",
]);
export const memberInput = z.object({
  termId: gid("CommitteeTerm"),
  residentId: gid("Resident"),
  seat,
  role: z.enum(["DIRECTOR", "DEPUTY_DIRECTOR", "MEMBER", "SECRETARY"]).optional(),
  joinedOn: day.nullish(),
});
export const endMembershipInput = z.object({ leftOn: day, reason: optionalText(200) });

export const clauseInput = z.object({ kind: z.enum(["MUST", "MUST_NOT"]), number: z.number().int().min(1).max(999), text: text(500) });
export const clauseUpdate = z.object({ number: z.number().int().min(1).max(999).optional(), text: text(500).optional(), retired: z.boolean().optional() });

export const category = z.enum(["PUBLIC_FACILITIES", "ENVIRONMENT", "LAND_HOUSING", "COLLECTIVE_ECONOMY", "LIVELIHOOD", "SAFETY", "CULTURE", "DISPUTES", "OTHER"]);
const attachment = z.object({
  name: text(100),
  url: z
    .string()
    .trim()
    .min(1, "不能为空 (required)")
    .max(500)
    .regex(/^(https?:\/\/\S+|\/?[\w\-./]+)$/, "须为 http(s) 地址或存储路径 (an http(s) URL or a storage path)"),
});
export const topicInput = z.object({
  title: text(100),
  description: text(5000),
  category,
  attachments: z.array(attachment).max(10, "最多10个附件 (at most 10)").optional(),
  proposerResidentId: optionalGid("Resident"),
  proposerMembershipId: optionalGid("CommitteeMembership"),
});
export const acceptInput = z.object({ note: optionalText(1000), voteThreshold: voteThreshold.nullish() });
export const declineInput = z.object({ clauseId: gid("ConsultationClause"), reason: text(1000) });
export const stakeholderInput = z.object({
  topicId: gid("Topic"),
  residentId: optionalGid("Resident"),
  name: optionalText(40),
  affiliation: optionalText(100),
  mayVote: z.boolean().optional(),
});
