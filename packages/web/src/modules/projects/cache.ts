// Graphcache updates for this capability's mutations (merged into app/cache.ts). Lifecycle steps
// return the whole project page and are normalized; a change below a project (a milestone, an
// expense, a pledge …) moves its aggregates (budget, percent, timeline), so that project goes
// stale and is fetched again. Lists and roll-ups (my projects, the project list, the portfolio,
// the transparency feed) go stale on every change.
import type { Cache, UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { invalidateList, succeeded, type InputArgs } from "../../lib/cacheUpdates";

type Data = Record<string, unknown>;
const LISTS = ["projects", "myProjects", "projectPortfolio", "publicProjects"];

/**
 * The project a change is about, from the input; null when only the changed row's id was given.
 * (Results do not select their project: invalidating it would leave the result itself partial.)
 */
function projectIdOf(args: InputArgs): string | null {
  const fromInput = args.input?.projectId;
  return typeof fromInput === "string" ? fromInput : null;
}

/** Every project the cache holds through Query.node (the project pages opened). */
function cachedProjects(cache: Cache): string[] {
  const keys: string[] = [];
  for (const f of cache.inspectFields("Query")) {
    if (f.fieldName !== "node") continue;
    const key = cache.resolve("Query", f.fieldKey);
    if (typeof key === "string" && key.startsWith("Project:")) keys.push(key);
  }
  return keys;
}

const listsChanged = (cache: Cache) => {
  for (const list of LISTS) invalidateList(cache, list);
};

/** A step of the lifecycle (or a change of details): the lists and roll-ups change. */
const projectChanged =
  (field: string): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    listsChanged(cache);
  };

/** A change below a project: that project (or, not knowing which, every cached one) is fetched again. */
const withinProject =
  (field: string): UpdateResolver<Data, InputArgs> =>
  (result, args, cache) => {
    if (!succeeded(result, field)) return;
    const id = projectIdOf(args);
    if (id) cache.invalidate({ __typename: "Project", id });
    else for (const key of cachedProjects(cache)) cache.invalidate(key);
    listsChanged(cache);
  };

/** A need of the needs board changed: the board, and the projects carrying needs. */
const needChanged =
  (field: string): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    invalidateList(cache, "communityNeeds");
    for (const key of cachedProjects(cache)) cache.invalidate(key);
    listsChanged(cache);
  };

const typesChanged =
  (field: string): UpdateResolver<Data, InputArgs> =>
  (result, _args, cache) => {
    if (!succeeded(result, field)) return;
    invalidateList(cache, "projectTypes");
  };

export const projectsUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createProject: (result, args: InputArgs, cache) => {
    if (!succeeded(result, "createProject")) return;
    listsChanged(cache);
    invalidateList(cache, "projectTypes");
  },
  updateProject: projectChanged("updateProject"),
  submitProjectForDeliberation: projectChanged("submitProjectForDeliberation"),
  approveProject: projectChanged("approveProject"),
  startProject: projectChanged("startProject"),
  completeProject: projectChanged("completeProject"),
  evaluateProject: projectChanged("evaluateProject"),
  cancelProject: projectChanged("cancelProject"),
  setProjectBeneficiaries: projectChanged("setProjectBeneficiaries"),
  addProjectBudgetLine: withinProject("addProjectBudgetLine"),
  updateProjectBudgetLine: withinProject("updateProjectBudgetLine"),
  addProjectMilestone: withinProject("addProjectMilestone"),
  updateProjectMilestone: withinProject("updateProjectMilestone"),
  reachProjectMilestone: withinProject("reachProjectMilestone"),
  addProjectTask: withinProject("addProjectTask"),
  updateProjectTask: withinProject("updateProjectTask"),
  postProjectUpdate: withinProject("postProjectUpdate"),
  recordProjectExpense: withinProject("recordProjectExpense"),
  updateProjectExpense: withinProject("updateProjectExpense"),
  reverseProjectExpense: withinProject("reverseProjectExpense"),
  pledgeSponsorship: (result, args: InputArgs, cache, info) => {
    withinProject("pledgeSponsorship")(result, args, cache, info);
    if (succeeded(result, "pledgeSponsorship")) invalidateList(cache, "communityNeeds");
  },
  recordSponsorshipReceived: needChanged("recordSponsorshipReceived"),
  withdrawSponsorship: needChanged("withdrawSponsorship"),
  createCommunityNeed: needChanged("createCommunityNeed"),
  updateCommunityNeed: needChanged("updateCommunityNeed"),
  fulfillCommunityNeed: needChanged("fulfillCommunityNeed"),
  closeCommunityNeed: needChanged("closeCommunityNeed"),
  linkCommunityNeedToProject: needChanged("linkCommunityNeedToProject"),
  answerProjectSurvey: withinProject("answerProjectSurvey"),
  createProjectType: typesChanged("createProjectType"),
  updateProjectType: typesChanged("updateProjectType"),
};
