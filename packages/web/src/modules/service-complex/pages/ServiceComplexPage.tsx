// Not in the API yet: the page says so, and what the capability will do (DOMAIN.md).
import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../../ui/ComingSoon";

export function ServiceComplexPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t("comingSoon.serviceComplex.title")}
      badge={t("comingSoon.badge")}
      intro={t("comingSoon.intro")}
      description={t("comingSoon.serviceComplex.description")}
      plannedTitle={t("comingSoon.plannedTitle")}
      planned={t("comingSoon.serviceComplex.planned")}
    />
  );
}
