// The catalog's steps. A district's template item: updateServiceItem with catalog:manageTemplate on
// the district. A community's entry: updateCommunityServiceItem with service:manage; it is put back
// (ACTIVATE) only while the district keeps its template item in force (a withdrawn template item
// leaves every community's catalog whatever the entry's own flag says).
import { toggleStepRules, type StepRule, type ToggleStep } from "../../shared/steps.js";

export const TEMPLATE_ITEM_STEPS = toggleStepRules("catalog:manageTemplate");

export interface CatalogEntryFacts {
  /** The community's own flag. */
  active: boolean;
  /** The template item is in force (true for the community's own items). */
  templateActive: boolean;
}

export const CATALOG_ENTRY_STEPS: Record<ToggleStep, StepRule<CatalogEntryFacts>> = {
  ...toggleStepRules("service:manage"),
  ACTIVATE: { action: "service:manage", allows: (e) => !e.active && e.templateActive },
};
