// Accounts holding a role that reaches the current community, with grant/revoke/disable/reset.
import { graphql, readFragment } from "@gongzhi/schema";
import { Button, Group, Menu } from "@mantine/core";
import { IconDots, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { AccountRow, AccountsTable } from "./AccountsTable";
import { CreateAccountModal } from "./CreateAccountModal";
import { GrantRoleModal } from "./GrantRoleModal";
import { ResetPasswordModal } from "./ResetPasswordModal";
import { RevokeGrantMutation, UpdateAccountMutation } from "./accountCommands";

const AccountsQuery = graphql(
  `
    query Accounts($communityId: ID, $search: String, $first: Int, $after: String) {
      accounts(communityId: $communityId, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...AccountRow
          }
        }
      }
    }
  `,
  [AccountRow],
);

type Dialog = { kind: "create" } | { kind: "grant" | "reset"; account: { id: string; displayName: string } } | null;

export function AccountsPanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const pager = useCursorPaging(`${communityId}|${search}`);
  const [{ data, fetching, error }] = useQuery({ query: AccountsQuery, variables: { communityId, search: search || null, ...pager.variables } });
  const [updateAccount] = useCommand(UpdateAccountMutation, (d) => d.updateAccount);
  const [revokeGrant] = useCommand(RevokeGrantMutation, (d) => d.revokeGrant);
  const close = () => setDialog(null);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <SearchInput placeholder={t("accounts.searchPlaceholder")} onSearch={setSearch} />
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: "create" })}>
            {t("accounts.create")}
          </Button>
        )}
      </Group>
      <AccountsTable
        accounts={data?.accounts.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.accounts.pageInfo, totalCount: data?.accounts.totalCount }}
        onRevokeGrant={canManage ? (g) => revokeGrant({ id: g.id }, { success: t("accounts.revoked") }) : undefined}
        actions={
          canManage
            ? (row) => {
                const a = readFragment(AccountRow, row);
                const enable = a.allowedSteps.includes("ENABLE");
                const toggle = () => updateAccount({ id: a.id, input: { disabled: !enable } }, { success: enable ? t("accounts.enabledMsg") : t("accounts.disabledMsg") });
                return (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button size="xs" variant="subtle" rightSection={<IconDots size={14} />}>
                        {t("common.actions")}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: "grant", account: a })}>{t("accounts.grantRole")}</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: "reset", account: a })}>{t("accounts.resetPassword")}</Menu.Item>
                      {(enable || a.allowedSteps.includes("DISABLE")) && (
                        <Menu.Item color={enable ? undefined : "red"} onClick={() => void toggle()}>
                          {enable ? t("accounts.enable") : t("accounts.disable")}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                );
              }
            : undefined
        }
      />
      {dialog?.kind === "create" && <CreateAccountModal onClose={close} />}
      {dialog?.kind === "grant" && <GrantRoleModal account={dialog.account} onClose={close} />}
      {dialog?.kind === "reset" && <ResetPasswordModal account={dialog.account} onClose={close} />}
    </>
  );
}
