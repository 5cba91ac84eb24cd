// No committee yet: say so and, for those who may, create it here (the call to action).
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, ThemeIcon, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { CreateCommitteeMutation } from "./commands";

export function CreateCommitteeCard({ communityId, communityName, canManage }: { communityId: string; communityName: string; canManage: boolean }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { name: `${communityName}${t("committee.defaultNameSuffix")}`, description: "", cosignThreshold: 10 as number | string },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      cosignThreshold: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? null : t("committee.thresholdInvalid")),
    },
  });
  const [create, creating] = useCommand(CreateCommitteeMutation, (d) => d.createDeliberationCommittee);
  const submit = form.onSubmit((v) =>
    create(
      { input: { communityId, name: v.name.trim(), description: orNull(v.description), cosignThreshold: Number(v.cosignThreshold) } },
      { form, success: t("committee.created") },
    ),
  );

  return (
    <Paper withBorder p="xl" maw={720}>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ThemeIcon size={56} radius="xl" color="red" variant="light">
          <IconUsersGroup size={32} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={3}>{t("committee.noneTitle")}</Title>
          <Text c="dimmed">{t("committee.noneIntro")}</Text>
          {canManage ? (
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <TextInput label={t("committee.name")} withAsterisk {...form.getInputProps("name")} />
                <Textarea label={t("committee.description")} autosize minRows={2} {...form.getInputProps("description")} />
                <NumberInput label={t("committee.cosignThreshold")} description={t("committee.cosignThresholdHint")} min={0} allowDecimal={false} w={360} {...form.getInputProps("cosignThreshold")} />
                <Group>
                  <Button type="submit" size="md" loading={creating}>
                    {t("committee.create")}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Alert color="yellow">{t("committee.noneAskAdmin")}</Alert>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
