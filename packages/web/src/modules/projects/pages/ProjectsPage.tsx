// Not in the API yet: the page says so, and what the capability will do (DOMAIN.md).
import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../../ui/ComingSoon";

export function ProjectsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t("comingSoon.projects.title")}
      badge={t("comingSoon.badge")}
      intro={t("comingSoon.intro")}
      description={t("comingSoon.projects.description")}
      plannedTitle={t("comingSoon.plannedTitle")}
      planned={t("comingSoon.projects.planned")}
    />
  );
}
