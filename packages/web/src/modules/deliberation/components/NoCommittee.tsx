// Topics, meetings and the rest need a committee: point to where it is created.
import { Alert, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { COMMITTEE_PATH } from "../paths";

export function NoCommittee() {
  const { t } = useTranslation("deliberation");
  return (
    <Alert color="yellow" title={t("committee.noneTitle")} maw={720}>
      {t("committee.noneElsewhere")}
      <Button component={Link} to={COMMITTEE_PATH} variant="light" mt="sm" display="block" w="fit-content">
        {t("committee.goCreate")}
      </Button>
    </Alert>
  );
}
