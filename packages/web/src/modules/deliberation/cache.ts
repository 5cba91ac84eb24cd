// Graphcache updates for the deliberation mutations (merged into app/cache.ts).
// Most payloads select the fragments they change, so normalized entities update by themselves;
// here the lists a mutation moves things between (topics by status, meetings, resolutions,
// notices) go stale, and so do a topic's timeline and notices when a step elsewhere adds to them.
import type { Cache, UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { created, type InputArgs, invalidateCounts, invalidateField, invalidateList, succeeded } from "../../lib/cacheUpdates";

type Data = Record<string, unknown> | undefined;

/** The `data` of a mutation's Success payload. */
const dataOf = (result: Record<string, unknown>, field: string): Data => (result[field] as { data?: Record<string, unknown> } | null)?.data;
const idAt = (data: Data, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

/** Each of `lists` (Query list fields) goes stale on success; `after` may mark more. */
const moves =
  (field: string, lists: string[], after?: (cache: Cache, args: InputArgs & Record<string, unknown>, data: Data) => void): UpdateResolver<Record<string, unknown>, InputArgs & Record<string, unknown>> =>
  (result, args, cache) => {
    if (!succeeded(result, field)) return;
    for (const list of lists) invalidateList(cache, list);
    after?.(cache, args, dataOf(result, field));
  };

/** Every cached variant (all arguments) of an entity's field goes stale. */
const topicHistory = (cache: Cache, topicId: unknown, ...more: string[]) => invalidateCounts(cache, "Topic", topicId, "timeline", ...more);

export const deliberationUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createDeliberationCommittee: created("createDeliberationCommittee", ["deliberationCommittee"]),
  // A new threshold makes waiting topics ready (or not).
  updateDeliberationCommittee: moves("updateDeliberationCommittee", ["topics"]),
  // The members list is paged on the committee: a new seat makes it stale.
  addCommitteeMember: moves("addCommitteeMember", [], (cache, _args, data) => invalidateField(cache, "Committee", idAt(data, "committee", "id"), "members")),
  addConsultationClause: created("addConsultationClause", ["consultationClauses"]),

  proposeTopic: created("proposeTopic", ["topics"]),
  acceptTopic: moves("acceptTopic", ["topics"]),
  declineTopic: moves("declineTopic", ["topics"]),
  publishTopicStage: moves("publishTopicStage", ["notices"], (cache, args) => topicHistory(cache, args.input?.topicId, "notices")),
  publishCharter: moves("publishCharter", ["notices"]),

  scheduleMeeting: moves("scheduleMeeting", ["meetings", "topics"]),
  startMeeting: moves("startMeeting", ["meetings"]),
  closeMeeting: moves("closeMeeting", ["meetings", "topics"]),
  cancelMeeting: moves("cancelMeeting", ["meetings", "topics"]),
  addAgendaItem: moves("addAgendaItem", ["topics"], (cache, _args, data) => invalidateCounts(cache, "Topic", idAt(data, "topic", "id"), "agendaItems")),
  removeAgendaItem: moves("removeAgendaItem", ["topics"]),

  openVote: moves("openVote", ["topics"], (cache, _args, data) => topicHistory(cache, idAt(data, "agendaItem", "topic", "id"), "votes")),
  closeVote: moves("closeVote", [], (cache, _args, data) => topicHistory(cache, idAt(data, "topic", "id"))),

  createResolution: moves("createResolution", ["resolutions", "topics"], (cache, args) => topicHistory(cache, args.input?.topicId)),
  addResolutionUpdate: moves("addResolutionUpdate", ["resolutions", "topics"], (cache, _args, data) => topicHistory(cache, idAt(data, "topic", "id"))),
  escalateTopic: moves("escalateTopic", ["topics"], (cache, args) => topicHistory(cache, args.input?.topicId)),
};
