// 积分超市: rewards with their cost and stock (create, edit, 入库); 核销 by the code the resident
// shows; 柜台兑换 for a resident at the counter; the redemptions, pending first, with cancellation refunding the points and the stock.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { formatDateTime } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { UserErrorFields } from "../../../lib/userError";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { RedemptionChangeFields, RedemptionRowFields } from "../components/accounts/fragments";
import { ReasonModal } from "../../../ui/ReasonModal";
import { StatusBadge } from "../components/StatusBadge";
import { FulfilForm } from "../components/store/FulfilForm";
import { RedeemModal } from "../components/store/RedeemModal";
import { RewardFields, RewardModal, StockModal, type RewardValues } from "../components/store/RewardModals";
import { isOneOf } from "../../../lib/isOneOf";
import { REDEMPTION_STATUSES, useEnumLabel } from "../enums";

export const PointsRewardsQuery = graphql(
  `
    query PointsRewards($communityId: ID!) {
      pointsRewards(communityId: $communityId, includeInactive: true, first: 100) {
        totalCount
        edges {
          node {
            id
            ...RewardFields
          }
        }
      }
    }
  `,
  [RewardFields],
);

export const PointsRedemptionsQuery = graphql(
  `
    query PointsRedemptions($communityId: ID!, $statuses: [RedemptionStatus!], $first: Int, $after: String) {
      pointsRedemptions(communityId: $communityId, statuses: $statuses, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...RedemptionRowFields
          }
        }
      }
    }
  `,
  [RedemptionRowFields],
);

const CancelRedemptionMutation = graphql(
  `
    mutation CancelRedemption($id: ID!, $input: CancelRedemptionInput) {
      cancelRedemption(id: $id, input: $input) {
        __typename
        ... on MutationCancelRedemptionSuccess {
          data {
            ...RedemptionChangeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RedemptionChangeFields, UserErrorFields],
);

type RewardRow = ResultOf<typeof PointsRewardsQuery>["pointsRewards"]["edges"][number]["node"];
type RedemptionRow = ResultOf<typeof PointsRedemptionsQuery>["pointsRedemptions"]["edges"][number]["node"];

export function StorePage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("points");
  const label = useEnumLabel();
  const { can } = useCurrentCommunity();
  const canManage = can("store:manage");
  const canFulfil = can("store:fulfil");
  const [editing, setEditing] = useState<{ reward?: RewardValues } | null>(null);
  const [restocking, setRestocking] = useState<RewardValues | null>(null);
  const [redeeming, setRedeeming] = useState<RewardValues | null>(null);
  const [cancelling, setCancelling] = useState<RedemptionRow | null>(null);
  const [status, setStatus] = useState<string>("PENDING");
  const pager = useCursorPaging(JSON.stringify([communityId, status]));
  const [rewards] = useQuery({ query: PointsRewardsQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const [redemptions] = useQuery({
    query: PointsRedemptionsQuery,
    variables: { communityId, statuses: isOneOf(REDEMPTION_STATUSES, status) ? [status] : null, ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  const [cancel] = useCommand(CancelRedemptionMutation, (d) => d.cancelRedemption);

  const rewardColumns: Column<RewardRow>[] = [
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
    rewardColumns.push({
      key: "actions",
      header: t("actions"),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          {r.allowedSteps.includes("REDEEM") && (
            <Button size="xs" variant="light" color="teal" onClick={() => setRedeeming(r)}>
              {t("store.redeem")}
            </Button>
          )}
          {canManage && (
            <>
              <Button size="xs" variant="subtle" onClick={() => setEditing({ reward: r })}>
                {t("edit")}
              </Button>
              <Button size="xs" variant="light" onClick={() => setRestocking(r)}>
                {t("store.restock")}
              </Button>
            </>
          )}
        </Group>
      ),
    });

  const redemptionColumns: Column<RedemptionRow>[] = [
    { key: "at", header: t("store.redeemedAt"), render: (r) => formatDateTime(r.createdAt, i18n.language) },
    { key: "who", header: t("store.who"), render: (r) => r.account.name },
    { key: "reward", header: t("store.reward"), render: (r) => `${r.rewardName} × ${r.quantity}` },
    { key: "cost", header: t("store.totalCost"), render: (r) => t("store.costValue", { cost: r.totalCost }) },
    {
      key: "status",
      header: t("store.redemptionStatus"),
      render: (r) => (
        <Stack gap={2}>
          <StatusBadge kind="RedemptionStatus" value={r.status} />
          {r.fulfilledByName && (
            <Text size="xs" c="dimmed">
              {t("store.fulfilledBy", { name: r.fulfilledByName })}
            </Text>
          )}
          {r.cancelReason && (
            <Text size="xs" c="dimmed">
              {r.cancelReason}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  if (canFulfil)
    redemptionColumns.push({
      key: "actions",
      header: t("actions"),
      render: (r) =>
        r.allowedSteps.includes("CANCEL") && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(r)}>
            {t("store.cancelRedemption")}
          </Button>
        ),
    });

  return (
    <>
      <PageHeader
        title={t("store.title")}
        description={t("store.description")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
              {t("store.createReward")}
            </Button>
          )
        }
      />
      {canFulfil && <FulfilForm communityId={communityId} />}
      <Paper withBorder p="md" mb="md">
        <Title order={4} mb="xs">
          {t("store.rewards")}
        </Title>
        <DataTable
          data-testid="rewards-table"
          aria-label={t("store.rewards")}
          columns={rewardColumns}
          rows={rewards.data?.pointsRewards.edges.map((e) => e.node)}
          rowKey={(r) => r.id}
          fetching={rewards.fetching}
          error={rewards.error}
        />
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t("store.redemptions")}</Title>
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={[...REDEMPTION_STATUSES.map((s) => ({ value: s, label: label("RedemptionStatus", s) })), { value: "ALL", label: t("store.allRedemptions") }]}
          />
        </Group>
        <DataTable
          data-testid="redemptions-table"
          aria-label={t("store.redemptions")}
          columns={redemptionColumns}
          rows={redemptions.data?.pointsRedemptions.edges.map((e) => e.node)}
          rowKey={(r) => r.id}
          fetching={redemptions.fetching}
          error={redemptions.error}
          paging={{ pager, pageInfo: redemptions.data?.pointsRedemptions.pageInfo, totalCount: redemptions.data?.pointsRedemptions.totalCount }}
        />
      </Paper>
      {editing && <RewardModal communityId={communityId} reward={editing.reward} onClose={() => setEditing(null)} />}
      {restocking && <StockModal reward={restocking} onClose={() => setRestocking(null)} />}
      {redeeming && <RedeemModal communityId={communityId} reward={redeeming} onClose={() => setRedeeming(null)} />}
      {cancelling && (
        <ReasonModal
          optional
          title={t("store.cancelOf", { reward: cancelling.rewardName, name: cancelling.account.name })}
          label={t("form.reasonOptional")}
          submitLabel={t("store.confirmCancel")}
          onClose={() => setCancelling(null)}
          run={(reason, form) => cancel({ id: cancelling.id, input: { reason: reason || null } }, { form, success: t("store.cancelled") })}
        >
          <Text size="sm" c="dimmed">
            {t("store.cancelHint", { cost: cancelling.totalCost })}
          </Text>
        </ReasonModal>
      )}
    </>
  );
}
