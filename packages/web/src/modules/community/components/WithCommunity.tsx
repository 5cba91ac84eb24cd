// Community screens need a current community; an account without any sees why instead.
import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

export function WithCommunity({ children }: { children: (communityId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { communityId } = useCurrentCommunity();
  if (!communityId)
    return (
      <Alert color="yellow" title={t("app.noCommunity")}>
        {t("app.noCommunityHint")}
      </Alert>
    );
  return children(communityId);
}
