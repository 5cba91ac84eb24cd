// The store's rewards: name (下架 ones marked), sponsor, kind, cost and stock (0 in red). The page
// opens the forms; this table reports the one chosen: 柜台兑换 while in stock, edit, 入库/出库.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";

export const RewardRowFields = graphql(`
  fragment RewardRowFields on Reward {
    id
    name
    kind
    cost
    stock
    sponsor
    description
    active
    allowedSteps
  }
`);

export type RewardRow = ResultOf<typeof RewardRowFields>;
export type RewardStep = "redeem" | "edit" | "restock";

interface RewardsTableProps {
  rewards: readonly FragmentOf<typeof RewardRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  /** The actions column (store:manage or store:fulfil); each row's buttons follow its allowedSteps (REDEEM, EDIT, RESTOCK). */
  canManage: boolean;
  canFulfil: boolean;
  onStep: (step: RewardStep, reward: RewardRow) => void;
}

export function RewardsTable({ rewards, fetching, error, canManage, canFulfil, onStep }: RewardsTableProps) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const columns: Column<RewardRow>[] = [
    {
      key: "name",
      header: t("store.rewardName"),
      render: (r) => (
        <Stack gap={2}>
          <Group gap={4}>
            <Text fw={500}>{r.name}</Text>
            {!r.active && (
              <Badge size="xs" color="gray" variant="filled">
                {t("store.inactive")}
              </Badge>
            )}
          </Group>
          {r.sponsor && (
            <Text size="xs" c="dimmed">
              {t("store.sponsoredBy", { sponsor: r.sponsor })}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "kind", header: t("store.kind"), render: (r) => label("RewardKind", r.kind) },
    { key: "cost", header: t("store.cost"), render: (r) => t("store.costValue", { cost: r.cost }) },
    {
      key: "stock",
      header: t("store.stock"),
      render: (r) => (
        <Text fw={600} c={r.stock === 0 ? "red.7" : undefined} data-testid="reward-stock">
          {r.stock}
        </Text>
      ),
    },
  ];
  if (canManage || canFulfil)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          {r.allowedSteps.includes("REDEEM") && (
            <Button size="xs" variant="light" color="teal" onClick={() => onStep("redeem", r)}>
              {t("store.redeem")}
            </Button>
          )}
          {r.allowedSteps.includes("EDIT") && (
            <Button size="xs" variant="subtle" onClick={() => onStep("edit", r)}>
              {t("edit")}
            </Button>
          )}
          {r.allowedSteps.includes("RESTOCK") && (
            <Button size="xs" variant="light" onClick={() => onStep("restock", r)}>
              {t("store.restock")}
            </Button>
          )}
        </Group>
      ),
    });
  return (
    <DataTable
      data-testid="rewards-table"
      aria-label={t("store.rewards")}
      columns={columns}
      rows={rewards?.map((r) => readFragment(RewardRowFields, r))}
      rowKey={(r) => r.id}
      fetching={fetching}
      error={error}
    />
  );
}
