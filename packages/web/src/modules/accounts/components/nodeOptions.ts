// Where a role can be granted from the admin's seat: the current community or its street.
import type { TFunction } from "i18next";
import type { CurrentCommunity } from "../../community/hooks/useCurrentCommunity";

export const ROLES = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"] as const;
export type Role = (typeof ROLES)[number];

export const roleOptions = (t: TFunction) => ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r}`) }));

export function nodeOptions(t: TFunction, community: CurrentCommunity | null) {
  if (!community) return [];
  return [
    { value: community.id, label: t("accounts.nodeCommunity", { name: community.name }) },
    { value: community.street.id, label: t("accounts.nodeStreet", { name: community.street.name }) },
  ];
}
