// Staff accounts with their roles; the account actions sit in the last column.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, CloseButton, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const AccountRow = graphql(`
  fragment AccountRow on Account {
    id
    username
    displayName
    disabled
    lastLoginAt
    allowedSteps
    grants {
      id
      role
      nodeName
      allowedSteps
    }
  }
`);

type Row = FragmentOf<typeof AccountRow>;
type Grant = ResultOf<typeof AccountRow>["grants"][number];

interface AccountsTableProps {
  accounts: readonly Row[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  /** Present when the viewer may manage accounts. */
  onRevokeGrant?: (grant: Grant) => Promise<unknown>;
  actions?: (account: Row) => ReactNode;
}

export function AccountsTable({ accounts, fetching, error, paging, onRevokeGrant, actions }: AccountsTableProps) {
  const { t, i18n } = useTranslation();
  const a = (row: Row) => readFragment(AccountRow, row);
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("accounts.displayName"),
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {a(row).displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {a(row).username}
          </Text>
        </Stack>
      ),
    },
    {
      key: "grants",
      header: t("accounts.grants"),
      render: (row) => (
        <Group gap={4}>
          {a(row).grants.map((g) => {
            const role = t(`enums.Role.${g.role}`);
            return (
              <Badge
                key={g.id}
                variant="light"
                rightSection={
                  onRevokeGrant &&
                  g.allowedSteps.includes("REVOKE") && (
                    <ConfirmButton
                      question={t("accounts.revokeGrantConfirm", { name: a(row).displayName, role, node: g.nodeName })}
                      onConfirm={() => onRevokeGrant(g)}
                      trigger={(open) => <CloseButton size="xs" aria-label={`${t("accounts.revokeGrant")} ${role} · ${g.nodeName}`} onClick={open} />}
                    >
                      {t("accounts.revokeGrant")}
                    </ConfirmButton>
                  )
                }
              >
                {role} · {g.nodeName}
              </Badge>
            );
          })}
        </Group>
      ),
    },
    {
      key: "status",
      header: t("accounts.status"),
      render: (row) =>
        a(row).disabled ? (
          <Badge color="gray">{t("accounts.disabled")}</Badge>
        ) : (
          <Badge color="green" variant="light">
            {t("accounts.active")}
          </Badge>
        ),
    },
    { key: "lastLogin", header: t("accounts.lastLoginAt"), render: (row) => formatDateTime(a(row).lastLoginAt, i18n.language) ?? t("accounts.never") },
  ];
  if (actions) columns.push({ key: "actions", header: t("common.actions"), render: actions });
  return (
    <DataTable
      aria-label={t("accounts.accountsTab")}
      columns={columns}
      rows={accounts}
      rowKey={(row) => a(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
