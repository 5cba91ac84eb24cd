// 积分超市: rewards with their cost and stock (create, edit, 入库); 核销 by the code the resident
// shows; 柜台兑换 for a resident at the counter; the redemptions, pending first, with cancellation refunding the points and the stock.
import { graphql } from "@gongzhi/schema";
import { Button, Group, Paper, SegmentedControl, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ReasonModal } from "../../../ui/ReasonModal";
import { CancelRedemptionMutation } from "../components/store/commands";
import { FulfilForm } from "../components/store/FulfilForm";
import { RedeemModal } from "../components/store/RedeemModal";
import { RedemptionRowFields, RedemptionsTable, type RedemptionRow } from "../components/store/RedemptionsTable";
import { RewardModal, StockModal, type RewardValues } from "../components/store/RewardModals";
import { RewardRowFields, RewardsTable, type RewardStep } from "../components/store/RewardsTable";
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
            ...RewardRowFields
          }
        }
      }
    }
  `,
  [RewardRowFields],
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

export function StorePage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
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
  const openReward = (step: RewardStep, reward: RewardValues) => {
    if (step === "redeem") setRedeeming(reward);
    else if (step === "edit") setEditing({ reward });
    else setRestocking(reward);
  };

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
        <RewardsTable
          rewards={rewards.data?.pointsRewards.edges.map((e) => e.node)}
          fetching={rewards.fetching}
          error={rewards.error}
          canManage={canManage}
          canFulfil={canFulfil}
          onStep={openReward}
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
        <RedemptionsTable
          redemptions={redemptions.data?.pointsRedemptions.edges.map((e) => e.node)}
          fetching={redemptions.fetching}
          error={redemptions.error}
          paging={{ pager, pageInfo: redemptions.data?.pointsRedemptions.pageInfo, totalCount: redemptions.data?.pointsRedemptions.totalCount }}
          onCancel={canFulfil ? setCancelling : undefined}
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
