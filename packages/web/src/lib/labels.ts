// Labels for values that come from the API as plain strings (actions): the catalog's name when
// it has one, else the raw value.
import type { TFunction } from "i18next";

export function actionLabel(t: TFunction, action: string): string {
  const key = `actionNames.${action}`;
  const label = t(key as "actionNames.community:read", { defaultValue: "" });
  return label || action;
}
