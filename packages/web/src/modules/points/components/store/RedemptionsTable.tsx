// The store's redemptions: when, who, which reward, the points it cost and its state (who handed it
// over, why it was cancelled). The page runs the cancellation (refund) the row allows.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { StatusBadge } from "../StatusBadge";

export const RedemptionRowFields = graphql(`
  fragment RedemptionRowFields on Redemption {
    id
    code
    status
    rewardName
    quantity
    unitCost
    totalCost
    createdAt
    fulfilledAt
    fulfilledByName
    cancelledAt
    cancelReason
    allowedSteps
    account {
      id
      name
    }
  }
`);

export type RedemptionRow = ResultOf<typeof RedemptionRowFields>;

interface RedemptionsTableProps {
  redemptions: readonly FragmentOf<typeof RedemptionRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  /** Offered where the row allows CANCEL; absent without store:fulfil (no actions column). */
  onCancel?: (redemption: RedemptionRow) => void;
}

export function RedemptionsTable({ redemptions, fetching, error, paging, onCancel }: RedemptionsTableProps) {
  const { t, i18n } = useTranslation("points");
  const columns: Column<RedemptionRow>[] = [
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
  if (onCancel)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (r) =>
        r.allowedSteps.includes("CANCEL") && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onCancel(r)}>
            {t("store.cancelRedemption")}
          </Button>
        ),
    });
  return (
    <DataTable
      data-testid="redemptions-table"
      aria-label={t("store.redemptions")}
      columns={columns}
      rows={redemptions?.map((r) => readFragment(RedemptionRowFields, r))}
      rowKey={(r) => r.id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
