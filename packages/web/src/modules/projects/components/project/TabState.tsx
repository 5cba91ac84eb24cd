import { Alert, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../../ui/QueryError";

/** What a tab shows before its project is there: the error, a loader, or that it is gone. */
export function TabState({ fetching, error }: { fetching: boolean; error?: { message: string } | null }) {
  const { t } = useTranslation("projects");
  if (error) return <QueryError error={error} />;
  if (fetching)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return <Alert color="yellow">{t("project.notFound")}</Alert>;
}
