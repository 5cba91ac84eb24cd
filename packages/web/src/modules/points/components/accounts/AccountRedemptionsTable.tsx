// What an account redeemed in the points store: when, which reward, the points it cost, its state.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { Points } from "../Points";
import { StatusBadge } from "../StatusBadge";

export const AccountRedemptionFields = graphql(`
  fragment AccountRedemptionFields on Redemption {
    id
    status
    rewardName
    quantity
    totalCost
    createdAt
  }
`);

export function AccountRedemptionsTable({ redemptions }: { redemptions: readonly FragmentOf<typeof AccountRedemptionFields>[] }) {
  const { t, i18n } = useTranslation("points");
  return (
    <DataTable
      data-testid="account-redemptions"
      aria-label={t("ledger.redemptionsLabel")}
      rows={redemptions.map((r) => readFragment(AccountRedemptionFields, r))}
      rowKey={(r) => r.id}
      columns={[
        { key: "at", header: t("ledger.at"), render: (r) => formatDateTime(r.createdAt, i18n.language) },
        { key: "reward", header: t("store.reward"), render: (r) => `${r.rewardName} × ${r.quantity}` },
        { key: "cost", header: t("store.totalCost"), render: (r) => <Points value={-r.totalCost} /> },
        { key: "status", header: t("store.redemptionStatus"), render: (r) => <StatusBadge kind="RedemptionStatus" value={r.status} /> },
      ]}
    />
  );
}
