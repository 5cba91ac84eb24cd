// 议事会: upcoming and past meetings of the committee; schedule a new one.
import { graphql } from "@gongzhi/schema";
import { Button, SegmentedControl } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { NoCommittee } from "../components/NoCommittee";
import { MeetingRow, MeetingsTable } from "../components/meetings/MeetingsTable";
import { ScheduleMeetingModal } from "../components/meetings/ScheduleMeetingModal";
import { useCommittee } from "../hooks/useCommittee";
import { meetingPath } from "../paths";

const MeetingsQuery = graphql(
  `
    query Meetings($communityId: ID!, $status: [MeetingStatus!], $first: Int, $after: String) {
      meetings(communityId: $communityId, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...MeetingRow
          }
        }
      }
    }
  `,
  [MeetingRow],
);

const VIEWS = { open: ["SCHEDULED", "IN_PROGRESS"], past: ["CLOSED", "CANCELLED"], all: null } as const;
type View = keyof typeof VIEWS;

export function MeetingsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("deliberation");
  const { can } = useCurrentCommunity();
  const navigate = useNavigate();
  const { committee, loaded } = useCommittee(communityId);
  const [view, setView] = useState<View>("open");
  const [scheduling, setScheduling] = useState(false);
  const pager = useCursorPaging(JSON.stringify([communityId, view]));
  const [{ data, fetching, error }] = useQuery({
    query: MeetingsQuery,
    variables: { communityId, status: VIEWS[view] ? [...VIEWS[view]] : null, ...pager.variables },
    requestPolicy: "cache-and-network",
  });

  if (loaded && !committee) return <NoCommittee />;
  return (
    <>
      <PageHeader
        title={t("meetings.title")}
        description={t("meetings.subtitle")}
        actions={
          can("meeting:manage") &&
          committee && (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setScheduling(true)}>
              {t("meetings.schedule")}
            </Button>
          )
        }
      />
      <SegmentedControl
        mb="sm"
        value={view}
        onChange={(v) => setView(v as View)}
        data={(Object.keys(VIEWS) as View[]).map((v) => ({ value: v, label: t(`meetings.views.${v}`) }))}
      />
      <MeetingsTable
        meetings={data?.meetings.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.meetings.pageInfo, totalCount: data?.meetings.totalCount }}
      />
      {scheduling && committee && (
        <ScheduleMeetingModal communityId={communityId} committeeId={committee.id} onClose={() => setScheduling(false)} onScheduled={(id) => void navigate(meetingPath(id))} />
      )}
    </>
  );
}
