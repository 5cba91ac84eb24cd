import { Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { useResetSession } from "../../../app/GraphQLProvider";
import { LanguageSwitch } from "../../../app/shell/LanguageSwitch";
import { SignInForm } from "../components/SignInForm";
import { useViewer } from "../hooks/useViewer";

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetSession();
  const { viewer } = useViewer();
  if (viewer?.kind === "ACCOUNT") return <Navigate to="/" replace />;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w={380}>
        <Group justify="space-between">
          <Title order={2} c="red.8">
            {t("app.name")}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text c="dimmed" size="sm">
          {t("app.tagline")}
        </Text>
        <Paper withBorder shadow="sm" p="lg">
          <Title order={3} mb={4}>
            {t("login.title")}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t("login.subtitle")}
          </Text>
          <SignInForm
            onSignedIn={() => {
              // A new client: nothing cached while signed out is kept.
              reset();
              void navigate("/", { replace: true });
            }}
          />
        </Paper>
      </Stack>
    </Center>
  );
}
