import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function QueryError({ error }: { error: { message: string } | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t("errors.loadFailed")} mb="sm">
      {error.message}
    </Alert>
  );
}
