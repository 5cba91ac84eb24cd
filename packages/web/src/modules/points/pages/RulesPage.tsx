// 积分规则: the community's settings (按人/按户) and its rules by category — per verified hour, per
// activity, per village-rule article with + or − points and caps per period.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Switch, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { Points } from "../components/Points";
import { RuleFields, RuleFormModal, type RuleValues } from "../components/rules/RuleFormModal";
import { SettingsCard } from "../components/rules/SettingsCard";
import { useEnumLabel } from "../enums";

export const PointsRulesQuery = graphql(
  `
    query PointsRules($communityId: ID!, $includeInactive: Boolean) {
      pointsRules(communityId: $communityId, includeInactive: $includeInactive, first: 100) {
        totalCount
        edges {
          node {
            id
            ...RuleFields
          }
        }
      }
    }
  `,
  [RuleFields],
);

type Row = ResultOf<typeof PointsRulesQuery>["pointsRules"]["edges"][number]["node"];

export function RulesPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const { can } = useCurrentCommunity();
  const canConfigure = can("points:configure");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<{ rule?: RuleValues } | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PointsRulesQuery, variables: { communityId, includeInactive } });
  const columns: Column<Row>[] = [
    { key: "code", header: t("rules.code"), width: 96, render: (r) => <Text ff="monospace">{r.code ?? t("none")}</Text> },
    {
      key: "name",
      header: t("rules.name"),
      render: (r) => (
        <Stack gap={2}>
          <Group gap={4}>
            <Text fw={500}>{r.name}</Text>
            {!r.active && (
              <Badge size="xs" color="gray" variant="filled">
                {t("rules.inactive")}
              </Badge>
            )}
          </Group>
          {r.description && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {r.description}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "category", header: t("rules.category"), render: (r) => label("PointsRuleCategory", r.category) },
    { key: "article", header: t("rules.article"), render: (r) => r.article ?? <Text c="dimmed">{t("none")}</Text> },
    { key: "kind", header: t("rules.kind"), render: (r) => label("PointsRuleKind", r.kind) },
    { key: "points", header: t("rules.points"), render: (r) => <Points value={r.points} /> },
    {
      key: "cap",
      header: t("rules.cap"),
      render: (r) => (r.capPoints != null && r.capPeriod ? t("rules.capValue", { points: r.capPoints, period: label("PointsPeriodKind", r.capPeriod) }) : <Text c="dimmed">{t("rules.noCap")}</Text>),
    },
  ];
  if (canConfigure)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (r) => (
        <Button size="xs" variant="subtle" onClick={() => setEditing({ rule: r })}>
          {t("edit")}
        </Button>
      ),
    });
  const rows = data?.pointsRules.edges.map((e) => e.node);
  const order = ["VOLUNTEER", "VILLAGE_RULE", "PARTY_POST", "OTHER"];
  const sorted = rows ? [...rows].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || (a.code ?? "").localeCompare(b.code ?? "", undefined, { numeric: true })) : undefined;
  return (
    <>
      <PageHeader
        title={t("rules.title")}
        description={t("rules.description")}
        actions={
          canConfigure && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
              {t("rules.create")}
            </Button>
          )
        }
      />
      <SettingsCard communityId={communityId} canConfigure={canConfigure} />
      <Group justify="flex-end" mb="xs">
        <Switch label={t("rules.includeInactive")} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
      </Group>
      <DataTable data-testid="rules-table" aria-label={t("rules.title")} columns={columns} rows={sorted} rowKey={(r) => r.id} fetching={fetching} error={error} />
      {editing && <RuleFormModal communityId={communityId} rule={editing.rule} onClose={() => setEditing(null)} />}
    </>
  );
}
