// 积分设置: per person or per household (fixed once the ledger has entries), which small claims skip
// the notice, and the notice period of claims.
import { graphql } from "@gongzhi/schema";
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";
import { QueryError } from "../../../../ui/QueryError";
import { useEnumLabel, useEnumOptions } from "../../enums";

const SettingsFields = graphql(`
  fragment PointsSettingsFields on PointsSettings @_unmask {
    communityId
    accountMode
    publicityExemptMax
    noticePeriodDays
  }
`);

export const PointsSettingsQuery = graphql(
  `
    query PointsSettings($communityId: ID!) {
      pointsSettings(communityId: $communityId) {
        ...PointsSettingsFields
      }
    }
  `,
  [SettingsFields],
);

const UpdateSettingsMutation = graphql(
  `
    mutation UpdatePointsSettings($input: UpdatePointsSettingsInput!) {
      updatePointsSettings(input: $input) {
        __typename
        ... on MutationUpdatePointsSettingsSuccess {
          data {
            ...PointsSettingsFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [SettingsFields, UserErrorFields],
);

type Settings = { accountMode: "PERSON" | "HOUSEHOLD"; publicityExemptMax: number | null; noticePeriodDays: number };

function SettingsModal({ communityId, settings, onClose }: { communityId: string; settings: Settings; onClose: () => void }) {
  const { t } = useTranslation("points");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { accountMode: settings.accountMode, publicityExemptMax: settings.publicityExemptMax ?? ("" as number | ""), noticePeriodDays: settings.noticePeriodDays },
    validate: { noticePeriodDays: (v) => (Number.isInteger(v) && v >= 1 && v <= 90 ? null : t("settings.periodInvalid")) },
  });
  const [update, updating] = useCommand(UpdateSettingsMutation, (d) => d.updatePointsSettings);
  const submit = form.onSubmit(async (v) => {
    const input = {
      communityId,
      ...(v.accountMode !== settings.accountMode ? { accountMode: v.accountMode } : {}),
      publicityExemptMax: v.publicityExemptMax === "" ? null : v.publicityExemptMax,
      noticePeriodDays: v.noticePeriodDays,
    };
    if (await update({ input }, { form, success: t("settings.saved") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("settings.edit")} onSubmit={submit} submitting={updating} size="md">
      <Select label={t("settings.accountMode")} description={t("settings.accountModeHint")} allowDeselect={false} data={options("PointsAccountMode", ["PERSON", "HOUSEHOLD"])} {...form.getInputProps("accountMode")} />
      <NumberInput label={t("settings.publicityExemptMax")} description={t("settings.publicityExemptHint")} min={0} allowDecimal={false} {...form.getInputProps("publicityExemptMax")} />
      <NumberInput label={t("settings.noticePeriodDays")} min={1} max={90} allowDecimal={false} {...form.getInputProps("noticePeriodDays")} />
    </FormModal>
  );
}

export function SettingsCard({ communityId, canConfigure }: { communityId: string; canConfigure: boolean }) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const [editing, setEditing] = useState(false);
  const [{ data, error }] = useQuery({ query: PointsSettingsQuery, variables: { communityId } });
  const s = data?.pointsSettings;
  return (
    <Paper withBorder p="md" mb="md" data-testid="points-settings">
      <QueryError error={error} />
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("settings.title")}</Title>
        {canConfigure && s && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t("edit")}
          </Button>
        )}
      </Group>
      {s && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Text size="sm">
            {t("settings.accountMode")}：<b>{label("PointsAccountMode", s.accountMode)}</b>
          </Text>
          <Text size="sm">
            {t("settings.publicityExemptMax")}：<b>{s.publicityExemptMax == null ? t("settings.allPublicized") : t("settings.exemptUpTo", { points: s.publicityExemptMax })}</b>
          </Text>
          <Text size="sm">
            {t("settings.noticePeriodDays")}：<b>{t("settings.days", { count: s.noticePeriodDays })}</b>
          </Text>
        </SimpleGrid>
      )}
      {editing && s && <SettingsModal communityId={communityId} settings={s} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
