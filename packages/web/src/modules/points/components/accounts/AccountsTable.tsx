// The community's points accounts: name (opens the account), kind, balance, awarded, deducted, spent.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, type Paging } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { accountPath } from "../../paths";

export const AccountRowFields = graphql(`
  fragment AccountRowFields on PointsAccount {
    id
    name
    kind
    balance
    awarded
    deducted
    spent
  }
`);

interface AccountsTableProps {
  accounts: readonly FragmentOf<typeof AccountRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
}

export function AccountsTable({ accounts, fetching, error, paging }: AccountsTableProps) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  return (
    <DataTable
      data-testid="accounts-table"
      aria-label={t("accounts.title")}
      rows={accounts?.map((a) => readFragment(AccountRowFields, a))}
      rowKey={(a) => a.id}
      fetching={fetching}
      error={error}
      paging={paging}
      columns={[
        {
          key: "name",
          header: t("accounts.name"),
          render: (a) => (
            <Anchor component={Link} to={accountPath(a.id)} fw={500}>
              {a.name}
            </Anchor>
          ),
        },
        { key: "kind", header: t("accounts.kind"), render: (a) => label("PointsAccountKind", a.kind) },
        {
          key: "balance",
          header: t("accounts.balance"),
          render: (a) => (
            <Text fw={700} ff="monospace">
              {a.balance}
            </Text>
          ),
        },
        { key: "awarded", header: t("accounts.awarded"), render: (a) => <Text c="green.7">{a.awarded}</Text> },
        { key: "deducted", header: t("accounts.deducted"), render: (a) => <Text c={a.deducted > 0 ? "red.7" : "dimmed"}>{a.deducted}</Text> },
        { key: "spent", header: t("accounts.spent"), render: (a) => a.spent },
      ]}
    />
  );
}
