// 办件队列: the clerk's queue per window, with 我的 / 即将到期 / 已超期 / status filters, Relay
// paging, and opening a ticket at the window.
import { graphql, readFragment } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { NoComplex } from "../components/NoComplex";
import { NewTicketModal } from "../components/queue/NewTicketModal";
import { DEFAULT_QUEUE_FILTERS, QueueFilters, queueVariables, type QueueFilterValues } from "../components/queue/QueueFilters";
import { ALL_WINDOWS, QueueWindowTab, QueueWindowTabs } from "../components/queue/QueueWindowTabs";
import { TicketRow, TicketsTable } from "../components/queue/TicketsTable";

const QueueWindowsQuery = graphql(
  `
    query QueueWindows($communityId: ID!) {
      serviceComplex(communityId: $communityId) {
        id
        name
        windows {
          id
          ...QueueWindowTab
        }
      }
    }
  `,
  [QueueWindowTab],
);

export const ServiceTicketsQuery = graphql(
  `
    query ServiceTickets(
      $communityId: ID!
      $windowId: ID
      $mine: Boolean
      $dueSoon: Boolean
      $overdue: Boolean
      $open: Boolean
      $statuses: [ServiceTicketStatus!]
      $channel: ServiceTicketChannel
      $search: String
      $first: Int
      $after: String
    ) {
      serviceTickets(
        communityId: $communityId
        windowId: $windowId
        mine: $mine
        dueSoon: $dueSoon
        overdue: $overdue
        open: $open
        statuses: $statuses
        channel: $channel
        search: $search
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...TicketRow
          }
        }
      }
    }
  `,
  [TicketRow],
);

export function QueuePage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const [params, setParams] = useSearchParams();
  const windowId = params.get("window") ?? ALL_WINDOWS;
  // ?due=overdue or ?due=dueSoon: opened from the workbench's counts.
  const [filters, setFilters] = useState<QueueFilterValues>(() => {
    const due = params.get("due");
    return { ...DEFAULT_QUEUE_FILTERS, due: due === "overdue" || due === "dueSoon" ? due : "all" };
  });
  const [creating, setCreating] = useState(false);
  const onSearch = useCallback((search: string) => setFilters((f) => (f.search === search ? f : { ...f, search })), []);
  const [{ data: complexData, error: complexError, fetching: complexFetching }] = useQuery({ query: QueueWindowsQuery, variables: { communityId } });
  const pager = useCursorPaging(JSON.stringify([communityId, windowId, filters]));
  const [{ data, fetching, error }] = useQuery({
    query: ServiceTicketsQuery,
    variables: { communityId, windowId: windowId === ALL_WINDOWS ? null : windowId, ...queueVariables(filters), ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  const complex = complexData?.serviceComplex;
  const windows = complex?.windows ?? [];
  const windowOptions = windows.map((ref) => {
    const w = readFragment(QueueWindowTab, ref);
    return { value: w.id, label: w.number ? `${w.number} · ${w.name}` : w.name };
  });

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={complex?.name}
        actions={
          can("ticket:create") &&
          complex && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t("queue.newTicket")}
            </Button>
          )
        }
      />
      <QueryError error={complexError} />
      {complexData && !complex && !complexFetching && <NoComplex />}
      {windows.length > 0 && (
        <QueueWindowTabs
          windows={windows}
          value={windowId}
          onChange={(id) => setParams(id === ALL_WINDOWS ? {} : { window: id }, { replace: true })}
        />
      )}
      <QueueFilters value={filters} onChange={setFilters} onSearch={onSearch} />
      <TicketsTable
        tickets={data?.serviceTickets.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.serviceTickets.pageInfo, totalCount: data?.serviceTickets.totalCount }}
      />
      {creating && (
        <NewTicketModal
          communityId={communityId}
          windows={windowOptions}
          defaultWindowId={windowId === ALL_WINDOWS ? null : windowId}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}
