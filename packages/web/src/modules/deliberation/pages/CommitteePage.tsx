// 委员会: the committee (or the call to create it), its members by seat, charter versions, terms
// and the consultation catalog. The page hands each panel its forms: their commands refresh the
// panels, so the panels do not hold them.
import { graphql } from "@gongzhi/schema";
import { Center, Loader, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { AddMemberModal } from "../components/committee/AddMemberModal";
import { CharterDialogs } from "../components/committee/CharterDialogs";
import { ChartersPanel, CommitteeChartersFields } from "../components/committee/ChartersPanel";
import { ClauseFormModal } from "../components/committee/ClauseFormModal";
import { ClausesPanel } from "../components/committee/ClausesPanel";
import { CommitteeSettingsModal } from "../components/committee/CommitteeSettingsModal";
import { CommitteeSummaryCard, CommitteeSummaryFields } from "../components/committee/CommitteeSummaryCard";
import { CreateCommitteeCard } from "../components/committee/CreateCommitteeCard";
import { EndMembershipModal } from "../components/committee/EndMembershipModal";
import { MembersPanel } from "../components/committee/MembersPanel";
import { TermFormModal } from "../components/committee/TermFormModal";
import { CommitteeTermsFields, TermsPanel } from "../components/committee/TermsPanel";

const CommitteePageQuery = graphql(
  `
    query DeliberationCommitteePage($communityId: ID!) {
      deliberationCommittee(communityId: $communityId) {
        id
        ...CommitteeSummaryFields
        ...CommitteeChartersFields
        ...CommitteeTermsFields
      }
    }
  `,
  [CommitteeSummaryFields, CommitteeChartersFields, CommitteeTermsFields],
);

export function CommitteePage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("deliberation");
  const { can, community } = useCurrentCommunity();
  const [{ data, fetching, error }] = useQuery({ query: CommitteePageQuery, variables: { communityId } });
  const committee = data?.deliberationCommittee;
  const canManage = can("committee:manage");

  return (
    <>
      <PageHeader title={t("committee.title")} description={t("committee.subtitle")} />
      <QueryError error={error} />
      {fetching && !data && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {data && !committee && <CreateCommitteeCard communityId={communityId} communityName={community?.name ?? ""} canManage={canManage} />}
      {committee && (
        <>
          <CommitteeSummaryCard committee={committee} canManage={canManage} settings={(c, onClose) => <CommitteeSettingsModal committee={c} onClose={onClose} />} />
          <Tabs defaultValue="members" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="members">{t("tabs.members")}</Tabs.Tab>
              <Tabs.Tab value="charters">{t("tabs.charters")}</Tabs.Tab>
              <Tabs.Tab value="terms">{t("tabs.terms")}</Tabs.Tab>
              <Tabs.Tab value="clauses">{t("tabs.clauses")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="members">
              <MembersPanel
                communityId={communityId}
                canManage={canManage}
                add={(terms, onClose) => <AddMemberModal communityId={communityId} terms={terms} onClose={onClose} />}
                end={(member, onClose) => <EndMembershipModal member={member} onClose={onClose} />}
              />
            </Tabs.Panel>
            <Tabs.Panel value="charters">
              <ChartersPanel committee={committee} canManage={canManage} dialogs={(dialog, done) => <CharterDialogs committeeId={committee.id} dialog={dialog} {...done} />} />
            </Tabs.Panel>
            <Tabs.Panel value="terms">
              <TermsPanel committee={committee} canManage={canManage} add={(nextNumber, onClose) => <TermFormModal committeeId={committee.id} nextNumber={nextNumber} onClose={onClose} />} />
            </Tabs.Panel>
            <Tabs.Panel value="clauses">
              <ClausesPanel communityId={communityId} canManage={canManage} edit={(target, onClose) => <ClauseFormModal communityId={communityId} {...target} onClose={onClose} />} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </>
  );
}
