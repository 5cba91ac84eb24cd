import { Button, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export default function Route() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t("app.notFound")}</Title>
      <Button component={Link} to="/overview" variant="light">
        {t("app.backHome")}
      </Button>
    </Stack>
  );
}
