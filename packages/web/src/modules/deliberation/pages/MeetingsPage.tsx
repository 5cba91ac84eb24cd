// 议事会: upcoming and past meetings of the committee; schedule a new one.
import { graphql } from "@gongzhi/schema";
import { Button, SegmentedControl } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { chinaWeek } from "../../../lib/dates";
import { isOneOf } from "../../../lib/isOneOf";
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
    query Meetings($communityId: ID!, $status: [MeetingStatus!], $from: DateTime, $to: DateTime, $first: Int, $after: String) {
      meetings(communityId: $communityId, status: $status, from: $from, to: $to, first: $first, after: $after) {
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

// week: this China calendar week's meetings, not cancelled — the workbench's 本周议事会 (its link
// carries the week it counted as ?view=week&from=…&to=…).
const VIEWS = { open: ["SCHEDULED", "IN_PROGRESS"], week: ["SCHEDULED", "IN_PROGRESS", "CLOSED"], past: ["CLOSED", "CANCELLED"], all: null } as const;
type View = keyof typeof VIEWS;
const isInstant = (v: string | null): v is string => v !== null && !Number.isNaN(Date.parse(v));

export function MeetingsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("deliberation");
  const { can } = useCurrentCommunity();
  const navigate = useNavigate();
  const { committee, loaded } = useCommittee(communityId);
  const [params] = useSearchParams();
  const [view, setView] = useState<View>(() => {
    const asked = params.get("view");
    return isOneOf(Object.keys(VIEWS) as View[], asked) ? asked : "open";
  });
  // The week asked for (the workbench's), else the current one.
  const [week] = useState(() => {
    const from = params.get("from");
    const to = params.get("to");
    return isInstant(from) && isInstant(to) ? { from, to } : chinaWeek();
  });
  const [scheduling, setScheduling] = useState(false);
  const pager = useCursorPaging(JSON.stringify([communityId, view]));
  const [{ data, fetching, error }] = useQuery({
    query: MeetingsQuery,
    variables: { communityId, status: VIEWS[view] ? [...VIEWS[view]] : null, ...(view === "week" ? week : { from: null, to: null }), ...pager.variables },
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
