// 委员会: the committee (or the call to create it), its members by seat, charter versions, terms
// and the consultation catalog.
import { graphql } from "@gongzhi/schema";
import { Center, Loader, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ChartersPanel } from "../components/committee/ChartersPanel";
import { CommitteeCharters, CommitteeSummary, CommitteeTerms } from "../components/committee/fragments";
import { ClausesPanel } from "../components/committee/ClausesPanel";
import { CommitteeSummaryCard } from "../components/committee/CommitteeSummaryCard";
import { CreateCommitteeCard } from "../components/committee/CreateCommitteeCard";
import { MembersPanel } from "../components/committee/MembersPanel";
import { TermsPanel } from "../components/committee/TermsPanel";

const CommitteePageQuery = graphql(
  `
    query DeliberationCommitteePage($communityId: ID!) {
      deliberationCommittee(communityId: $communityId) {
        id
        ...CommitteeSummary
        ...CommitteeCharters
        ...CommitteeTerms
      }
    }
  `,
  [CommitteeSummary, CommitteeCharters, CommitteeTerms],
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
          <CommitteeSummaryCard committee={committee} canManage={canManage} />
          <Tabs defaultValue="members" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="members">{t("tabs.members")}</Tabs.Tab>
              <Tabs.Tab value="charters">{t("tabs.charters")}</Tabs.Tab>
              <Tabs.Tab value="terms">{t("tabs.terms")}</Tabs.Tab>
              <Tabs.Tab value="clauses">{t("tabs.clauses")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="members">
              <MembersPanel communityId={communityId} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="charters">
              <ChartersPanel committee={committee} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="terms">
              <TermsPanel committee={committee} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="clauses">
              <ClausesPanel communityId={communityId} canManage={canManage} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </>
  );
}
