import { Alert, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../ui/PageHeader";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { AccountsPanel } from "../components/AccountsPanel";
import { ApiClientsPanel } from "../components/ApiClientsPanel";

export function AccountsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const canRead = can("account:read");
  const canManageClients = can("apiClient:manage");
  return (
    <>
      <PageHeader title={t("accounts.title")} />
      {!canRead && !canManageClients ? (
        <Alert color="yellow">{t("common.noPermission")}</Alert>
      ) : (
        <Tabs defaultValue={canRead ? "accounts" : "apiClients"} keepMounted={false}>
          <Tabs.List mb="md">
            {canRead && <Tabs.Tab value="accounts">{t("accounts.accountsTab")}</Tabs.Tab>}
            {canManageClients && <Tabs.Tab value="apiClients">{t("accounts.apiClientsTab")}</Tabs.Tab>}
          </Tabs.List>
          {canRead && (
            <Tabs.Panel value="accounts">
              <AccountsPanel communityId={communityId} canManage={can("account:manage")} />
            </Tabs.Panel>
          )}
          {canManageClients && (
            <Tabs.Panel value="apiClients">
              <ApiClientsPanel />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </>
  );
}
