// A community without a 党群服务综合体 yet: say so, and lead managers to set one up.
import { Alert, Button } from "@mantine/core";
import { IconBuildingBank } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { sectionPath } from "../paths";

export function NoComplex() {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  return (
    <Alert color="yellow" icon={<IconBuildingBank size={18} />} title={t("noComplex.title")}>
      {t("noComplex.hint")}
      {can("service:manage") && (
        <Button component={Link} to={sectionPath("settings")} size="xs" variant="light" ml="sm">
          {t("noComplex.create")}
        </Button>
      )}
    </Alert>
  );
}
