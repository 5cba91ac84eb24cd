// What the viewer may do on a project: the community's grants, or being the project's lead
// (a lead reports progress, milestones and expenses whatever the role).
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import type { Step } from "../../enums";

/** Statuses in which the plan, the budget and the sponsors may still change. */
export const OPEN_STATUSES = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS"] as const;
export const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

export function useProjectPermissions(viewerIsLead: boolean) {
  const { can } = useCurrentCommunity();
  const manage = can("project:manage");
  return {
    manage,
    plan: manage || viewerIsLead,
    report: can("project:report") || viewerIsLead,
    sponsor: can("sponsorship:record"),
    evaluate: can("project:evaluate"),
    publish: can("notice:publish"),
    step: (step: Step) => {
      switch (step) {
        case "APPROVE":
          return can("project:approve");
        case "EVALUATE":
          return can("project:review");
        case "CANCEL":
          return manage || can("project:approve");
        default:
          return manage;
      }
    },
  };
}
