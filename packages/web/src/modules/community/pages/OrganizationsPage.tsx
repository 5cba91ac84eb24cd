import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../ui/PageHeader";
import { PartyOrganizationsPanel } from "../components/PartyOrganizationsPanel";
import { SocialOrganizationsPanel } from "../components/SocialOrganizationsPanel";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

export function OrganizationsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const canManage = can("organization:manage");
  return (
    <>
      <PageHeader title={t("organizations.title")} />
      <Tabs defaultValue="social" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="social">{t("organizations.socialTab")}</Tabs.Tab>
          <Tabs.Tab value="party">{t("organizations.partyTab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="social">
          <SocialOrganizationsPanel communityId={communityId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="party">
          <PartyOrganizationsPanel communityId={communityId} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
