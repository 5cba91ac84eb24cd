// Not in the API yet: the page says so, and what the capability will do (DOMAIN.md).
import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../../ui/ComingSoon";

export function DeliberationPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t("comingSoon.deliberation.title")}
      badge={t("comingSoon.badge")}
      intro={t("comingSoon.intro")}
      description={t("comingSoon.deliberation.description")}
      plannedTitle={t("comingSoon.plannedTitle")}
      planned={t("comingSoon.deliberation.planned")}
    />
  );
}
