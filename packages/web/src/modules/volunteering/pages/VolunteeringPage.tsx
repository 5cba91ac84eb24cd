// Not in the API yet: the page says so, and what the capability will do (DOMAIN.md).
import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../../ui/ComingSoon";

export function VolunteeringPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t("comingSoon.volunteering.title")}
      badge={t("comingSoon.badge")}
      intro={t("comingSoon.intro")}
      description={t("comingSoon.volunteering.description")}
      plannedTitle={t("comingSoon.plannedTitle")}
      planned={t("comingSoon.volunteering.planned")}
    />
  );
}
