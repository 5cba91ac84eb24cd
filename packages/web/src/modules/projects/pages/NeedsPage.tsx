// 需求清单 (管家计划): the needs the community lists for alliance units and social organizations to
// claim and fund. Staff list a need, record pledges for it (it becomes 已认领), mark it 已落实 once a
// pledge has arrived, close it with a reason, or attach it to a project that carries it out.
import { graphql } from "@gongzhi/schema";
import { Button, SegmentedControl } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { useFulfillNeed } from "../components/needs/commands";
import { CloseNeedModal, CreateNeedModal, LinkNeedModal } from "../components/needs/NeedModals";
import { NeedRowFields, NeedsTable, type NeedStep } from "../components/needs/NeedsTable";
import { PledgeModal } from "../components/project/SponsorsPanel";

export const CommunityNeedsQuery = graphql(
  `
    query CommunityNeeds($communityId: ID!, $first: Int, $after: String, $statuses: [CommunityNeedStatus!]) {
      communityNeeds(communityId: $communityId, first: $first, after: $after, statuses: $statuses) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...NeedRowFields
          }
        }
      }
    }
  `,
  [NeedRowFields],
);

const FILTERS = ["active", "all"] as const;

export function NeedsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("active");
  const pager = useCursorPaging(filter);
  const [{ data, fetching, error }] = useQuery({
    query: CommunityNeedsQuery,
    variables: { communityId, ...pager.variables, statuses: filter === "active" ? ["OPEN", "CLAIMED"] : null },
    requestPolicy: "cache-and-network",
  });
  const [modal, setModal] = useState<{ kind: "create" } | { kind: NeedStep; need: { id: string; title: string } } | null>(null);
  const [fulfill] = useFulfillNeed();
  return (
    <>
      <PageHeader
        title={t("needs.title")}
        description={t("needs.description")}
        actions={
          <>
            <SegmentedControl value={filter} onChange={(v) => setFilter(v as (typeof FILTERS)[number])} data={FILTERS.map((f) => ({ value: f, label: t(`needs.filters.${f}`) }))} />
            {can("need:manage") && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ kind: "create" })}>
                {t("needs.add")}
              </Button>
            )}
          </>
        }
      />
      <NeedsTable
        needs={data?.communityNeeds.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.communityNeeds.pageInfo, totalCount: data?.communityNeeds.totalCount }}
        onStep={(kind, need) => setModal({ kind, need })}
        onFulfil={(id) => fulfill({ id }, { success: t("needs.fulfilled") })}
      />
      {modal?.kind === "create" && <CreateNeedModal communityId={communityId} onClose={() => setModal(null)} />}
      {modal?.kind === "pledge" && <PledgeModal needId={modal.need.id} title={t("needs.claimTitle", { title: modal.need.title })} communityId={communityId} onClose={() => setModal(null)} />}
      {modal?.kind === "close" && <CloseNeedModal need={modal.need} onClose={() => setModal(null)} />}
      {modal?.kind === "link" && <LinkNeedModal need={modal.need} communityId={communityId} onClose={() => setModal(null)} />}
    </>
  );
}
