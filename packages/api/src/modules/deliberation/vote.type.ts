// Votes and ballots. While a vote is OPEN its tally is live (the ballots of the voters present now);
// once CLOSED it is the stored count.
import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import { toGlobalId } from "../../shared/ids.js";
import { BallotChoiceEnum, QuorumRuleEnum, VoteResultEnum, VoteStatusEnum, VoteStepEnum, VoteThresholdEnum } from "./enums.type.js";
import { forVotesRequired, VOTE_STEPS, voteResult, type Tally } from "./rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { liveTally } from "./vote.service.js";

type VoteTally = Tally & { present: number; cast: number; required: number; quorumReached: boolean; projected: "PASSED" | "REJECTED" | "NO_QUORUM" };

const VoteTallyRef = builder.objectRef<VoteTally>("VoteTally").implement({
  description: "赞成/反对/弃权 counted against the eligible voters present. Live while the vote is OPEN; final once CLOSED.",
  fields: (t) => ({
    for: t.int({ description: "赞成", resolve: (v) => v.for }),
    against: t.int({ description: "反对", resolve: (v) => v.against }),
    abstain: t.int({ description: "弃权", resolve: (v) => v.abstain }),
    cast: t.int({ description: "Ballots counted.", resolve: (v) => v.cast }),
    present: t.int({ description: "Eligible voters present (the threshold's base).", resolve: (v) => v.present }),
    required: t.int({ description: "FOR votes needed to pass with this many present.", resolve: (v) => v.required }),
    quorumReached: t.boolean({ resolve: (v) => v.quorumReached }),
    projected: t.field({ type: VoteResultEnum, description: "The result if the vote closed now (the result itself once CLOSED).", resolve: (v) => v.projected }),
  }),
});

builder.prismaObject("Ballot", {
  select: { id: true },
  description: "One voter's ballot (one per voter and vote; casting again changes it).",
  fields: (t) => ({
    id: t.exposeID("id"),
    choice: t.expose("choice", { type: BallotChoiceEnum }),
    voterId: t.id({
      description: "The CommitteeMembership or TopicStakeholder who voted.",
      select: { voterId: true, membershipId: true },
      resolve: (b) => toGlobalId(b.membershipId ? "CommitteeMembership" : "TopicStakeholder", b.voterId),
    }),
    voterName: t.string({
      select: { membership: { select: { resident: { select: { name: true } } } }, stakeholder: { select: { name: true } } },
      resolve: (b) => b.membership?.resident.name ?? b.stakeholder?.name ?? "",
    }),
    vote: t.relation("vote"),
    castAt: t.expose("castAt", { type: "DateTime", description: "When first cast." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When last changed." }),
  }),
});

builder.prismaNode("Vote", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A vote on one agenda item, opened with quorum during the meeting; rules copied from the charter when it opened.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    question: t.exposeString("question"),
    status: t.expose("status", { type: VoteStatusEnum }),
    threshold: t.expose("threshold", { type: VoteThresholdEnum }),
    quorumRule: t.expose("quorumRule", { type: QuorumRuleEnum }),
    stakeholdersMayVote: t.exposeBoolean("stakeholdersMayVote"),
    openedAt: t.expose("openedAt", { type: "DateTime" }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    result: t.expose("result", { type: VoteResultEnum, nullable: true, description: "null while OPEN." }),
    allowedSteps: t.field({
      type: [VoteStepEnum],
      description: "The steps the vote's state allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true },
      resolve: (v, _a, ctx) => allowedStepsFor(ctx, v.communityId, VOTE_STEPS, v),
    }),
    tally: t.field({
      type: VoteTallyRef,
      select: {
        id: true,
        status: true,
        topicId: true,
        threshold: true,
        quorumRule: true,
        stakeholdersMayVote: true,
        presentCount: true,
        forCount: true,
        againstCount: true,
        abstainCount: true,
        result: true,
        meeting: { select: { id: true, committeeId: true, startsAt: true } },
      },
      resolve: async (v, _a, ctx) => {
        if (v.status === "CLOSED") {
          const tally = { for: v.forCount ?? 0, against: v.againstCount ?? 0, abstain: v.abstainCount ?? 0 };
          const present = v.presentCount ?? 0;
          const cast = tally.for + tally.against + tally.abstain;
          return { ...tally, cast, present, required: forVotesRequired(v.threshold, present), quorumReached: v.result !== "NO_QUORUM", projected: v.result ?? "NO_QUORUM" };
        }
        const live = await liveTally(ctx.prisma, { ...v, meetingId: v.meeting.id }, v.meeting);
        const cast = live.tally.for + live.tally.against + live.tally.abstain;
        return {
          ...live.tally,
          cast,
          present: live.present,
          required: forVotesRequired(v.threshold, live.present),
          quorumReached: live.quorum.reached,
          projected: voteResult(v.threshold, live.tally, live.present, live.quorum.reached),
        };
      },
    }),
    ballots: t.relation("ballots", { description: "Named ballots (the committee votes openly).", query: { orderBy: { castAt: "asc" } } }),
    meeting: t.relation("meeting"),
    agendaItem: t.relation("agendaItem"),
    topic: t.relation("topic"),
  }),
});
