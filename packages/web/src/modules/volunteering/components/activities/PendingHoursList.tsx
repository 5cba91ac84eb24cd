// 待核定时长: the community's sign-ups checked out and waiting for their time to be verified, across
// activities (volunteerSignUps with hoursStatuses: [PENDING], the workbench's count); each links to
// its activity, where the hours are verified.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { hoursOf } from "../../../../lib/dates";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { activityPath } from "../../paths";

export const PendingHoursQuery = graphql(`
  query PendingHours($communityId: ID!, $first: Int, $after: String) {
    volunteerSignUps(communityId: $communityId, hoursStatuses: [PENDING], first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          checkedInAt
          checkedOutAt
          minutes
          volunteer {
            id
            name
          }
          activity {
            id
            title
          }
        }
      }
    }
  }
`);

type Row = ResultOf<typeof PendingHoursQuery>["volunteerSignUps"]["edges"][number]["node"];

export function PendingHoursList({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("volunteering");
  const pager = useCursorPaging(communityId, 40);
  const [{ data, fetching, error }] = useQuery({ query: PendingHoursQuery, variables: { communityId, ...pager.variables }, requestPolicy: "cache-and-network" });
  const columns: Column<Row>[] = [
    { key: "volunteer", header: t("pendingHours.volunteer"), render: (s) => s.volunteer.name },
    {
      key: "activity",
      header: t("pendingHours.activity"),
      render: (s) => (
        <Anchor component={Link} to={activityPath(s.activity.id)} fw={500}>
          {s.activity.title}
        </Anchor>
      ),
    },
    {
      key: "time",
      header: t("pendingHours.checkedInOut"),
      render: (s) => (
        <Stack gap={0}>
          <Text size="sm">{formatDateTime(s.checkedInAt, i18n.language) ?? "—"}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(s.checkedOutAt, i18n.language) ?? "—"}
          </Text>
        </Stack>
      ),
    },
    { key: "minutes", header: t("pendingHours.minutes"), render: (s) => (s.minutes === null ? "—" : t("pendingHours.minutesValue", { minutes: s.minutes, hours: hoursOf(s.minutes) })) },
  ];
  return (
    <DataTable
      data-testid="pending-hours-table"
      aria-label={t("pendingHours.title")}
      columns={columns}
      rows={data?.volunteerSignUps.edges.map((e) => e.node)}
      rowKey={(s) => s.id}
      fetching={fetching}
      error={error}
      paging={{ pager, pageInfo: data?.volunteerSignUps.pageInfo, totalCount: data?.volunteerSignUps.totalCount }}
    />
  );
}
