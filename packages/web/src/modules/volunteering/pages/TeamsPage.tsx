// 队伍与志愿者: the volunteer service committee, the teams with their leaders, and the volunteers.
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../ui/PageHeader";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { CommitteePanel } from "../components/teams/CommitteePanel";
import { TeamsPanel } from "../components/teams/TeamsPanel";
import { VolunteersPanel } from "../components/teams/VolunteersPanel";

export function TeamsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("volunteering");
  const { can } = useCurrentCommunity();
  const canManage = can("volunteer:manage");
  return (
    <>
      <PageHeader title={t("teamsPage.title")} description={t("teamsPage.description")} />
      <CommitteePanel communityId={communityId} canManage={canManage} />
      <TeamsPanel communityId={communityId} canManage={canManage} />
      <VolunteersPanel communityId={communityId} canManage={canManage} />
    </>
  );
}
