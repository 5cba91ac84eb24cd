// 积分规则: the community's settings (按人/按户) and its rules by category — per verified hour, per
// activity, per village-rule article with + or − points and caps per period.
import { graphql } from "@gongzhi/schema";
import { Button, Group, Switch } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { RuleFormModal, type RuleValues } from "../components/rules/RuleFormModal";
import { RuleRowFields, RulesTable } from "../components/rules/RulesTable";
import { SettingsPanel } from "../components/rules/SettingsPanel";

export const PointsRulesQuery = graphql(
  `
    query PointsRules($communityId: ID!, $includeInactive: Boolean) {
      pointsRules(communityId: $communityId, includeInactive: $includeInactive, first: 100) {
        totalCount
        edges {
          node {
            id
            ...RuleRowFields
          }
        }
      }
    }
  `,
  [RuleRowFields],
);

export function RulesPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const { can } = useCurrentCommunity();
  const canConfigure = can("points:configure");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<{ rule?: RuleValues } | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PointsRulesQuery, variables: { communityId, includeInactive } });
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
      <SettingsPanel communityId={communityId} canConfigure={canConfigure} />
      <Group justify="flex-end" mb="xs">
        <Switch label={t("rules.includeInactive")} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
      </Group>
      <RulesTable rules={data?.pointsRules.edges.map((e) => e.node)} fetching={fetching} error={error} onEdit={canConfigure ? (rule) => setEditing({ rule }) : undefined} />
      {editing && <RuleFormModal communityId={communityId} rule={editing.rule} onClose={() => setEditing(null)} />}
    </>
  );
}
