// 积分设置: per person or per household (fixed once the ledger has entries), which small claims skip
// the notice, and the notice period of claims. SettingsPanel loads them and opens the form.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Button, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../../../ui/QueryError";
import { useEnumLabel } from "../../enums";

export const PointsSettingsFields = graphql(`
  fragment PointsSettingsFields on PointsSettings {
    communityId
    accountMode
    publicityExemptMax
    noticePeriodDays
  }
`);

export type PointsSettings = ResultOf<typeof PointsSettingsFields>;

interface SettingsCardProps {
  settings: FragmentOf<typeof PointsSettingsFields> | null | undefined;
  error?: { message: string } | null;
  /** Absent without points:configure. */
  onEdit?: (settings: PointsSettings) => void;
}

export function SettingsCard({ settings, error, onEdit }: SettingsCardProps) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const s = settings && readFragment(PointsSettingsFields, settings);
  return (
    <Paper withBorder p="md" mb="md" data-testid="points-settings">
      <QueryError error={error} />
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("settings.title")}</Title>
        {onEdit && s && (
          <Button size="xs" variant="light" onClick={() => onEdit(s)}>
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
    </Paper>
  );
}
