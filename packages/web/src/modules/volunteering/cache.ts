// Graphcache updates for this capability's mutations (merged into app/cache.ts). Changed entities
// come back in the payloads and are normalized; what a change moves in or out of a list (a new
// sign-up, hours verified and paid in points) invalidates just those list
// fields, so only they are fetched again.
import type { UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { created, type InputArgs, invalidateField, invalidateList, lists, succeeded } from "../../lib/cacheUpdates";
import { accountLists, POINTS_LISTS } from "../points/cache";

type Data = Record<string, unknown>;


/**
 * A sign-up changed. A new or cancelled sign-up changes the activity's list (and may promote the
 * next one waiting); approved hours pay points into an account.
 */
const signUpChanged =
  (field: string, { list = false, points = false } = {}): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    const data = (result[field] as { data?: Record<string, unknown> }).data;
    const items = (data?.approved as Record<string, unknown>[] | undefined) ?? [data];
    if (list) for (const signUp of items) invalidateField(cache, "VolunteerActivity", (signUp?.activity as { id?: string } | undefined)?.id, "signUps");
    invalidateList(cache, "volunteerSignUps");
    invalidateList(cache, "volunteerActivities");
    if (!points) return;
    for (const name of [...POINTS_LISTS, "volunteers"]) invalidateList(cache, name);
    for (const signUp of items) accountLists(cache, (signUp?.pointsEntry as { account?: { id?: string } } | null | undefined)?.account?.id);
  };

export const volunteeringUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createVolunteerCommittee: (result, args: InputArgs, cache) => {
    if (succeeded(result, "createVolunteerCommittee")) invalidateList(cache, "volunteerCommittee", args.input?.communityId);
  },
  createVolunteerTeam: created("createVolunteerTeam", ["volunteerTeams"]),
  registerVolunteer: created("registerVolunteer", ["volunteers"]),
  setVolunteerTeamMember: lists("setVolunteerTeamMember", "volunteers"),
  removeVolunteerTeamMember: lists("removeVolunteerTeamMember", "volunteers"),
  createVolunteerActivity: created("createVolunteerActivity", ["volunteerActivities"]),
  updateVolunteerActivity: lists("updateVolunteerActivity", "volunteerActivities"),
  publishVolunteerActivity: lists("publishVolunteerActivity", "volunteerActivities"),
  cancelVolunteerActivity: lists("cancelVolunteerActivity", "volunteerActivities"),
  signUpForVolunteerActivity: signUpChanged("signUpForVolunteerActivity", { list: true }),
  cancelVolunteerSignUp: signUpChanged("cancelVolunteerSignUp", { list: true }),
  recordVolunteerCheckIn: signUpChanged("recordVolunteerCheckIn"),
  recordVolunteerCheckOut: signUpChanged("recordVolunteerCheckOut"),
  approveVolunteerHours: signUpChanged("approveVolunteerHours", { points: true }),
  adjustVolunteerHours: signUpChanged("adjustVolunteerHours", { points: true }),
  rejectVolunteerHours: signUpChanged("rejectVolunteerHours"),
  bulkApproveVolunteerHours: signUpChanged("bulkApproveVolunteerHours", { points: true }),
};
