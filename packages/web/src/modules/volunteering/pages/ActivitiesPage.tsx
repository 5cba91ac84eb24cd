// 活动日历: the community's activities of a month, day by day, with places, waiting lists and hours
// to verify; publish a new one.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { ActionIcon, Anchor, Button, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ActivityFormModal } from "../components/activities/ActivityFormModal";
import { PendingHoursList } from "../components/activities/PendingHoursList";
import { StatusBadge } from "../components/StatusBadge";
import { dayKey, monthStart } from "../../../lib/dates";
import { isOneOf } from "../../../lib/isOneOf";
import { ACTIVITY_STATUSES, showsPhase } from "../enums";
import { activityPath } from "../paths";

export const VolunteerActivitiesQuery = graphql(
  `
    query VolunteerActivities($communityId: ID!, $from: DateTime, $to: DateTime, $statuses: [VolunteerActivityStatus!], $first: Int, $after: String) {
      volunteerActivities(communityId: $communityId, from: $from, to: $to, statuses: $statuses, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            status
            phase
            startsAt
            endsAt
            place
            capacity
            confirmedCount
            waitlistCount
            checkedInCount
            pendingHoursCount
            placesLeft
            requiredSkills
            team {
              id
              name
            }
            pointsRule {
              id
              name
              kind
              points
            }
          }
        }
      }
    }
  `,
);

type Row = ResultOf<typeof VolunteerActivitiesQuery>["volunteerActivities"]["edges"][number]["node"];

export function ActivitiesPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("volunteering");
  const { can } = useCurrentCommunity();
  // ?hours=pending: the sign-ups whose time waits to be verified, across activities (the workbench's 待核定时长).
  const [params, setParams] = useSearchParams();
  const pending = params.get("hours") === "pending";
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={pending ? t("pendingHours.title") : t("activities.title")}
        description={pending ? t("pendingHours.description") : t("activities.description")}
        actions={
          can("activity:manage") && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t("activities.create")}
            </Button>
          )
        }
      />
      <SegmentedControl
        mb="sm"
        value={pending ? "pending" : "calendar"}
        onChange={(v) => setParams(v === "pending" ? { hours: "pending" } : {}, { replace: true })}
        data={[
          { value: "calendar", label: t("pendingHours.calendar") },
          { value: "pending", label: t("pendingHours.title") },
        ]}
      />
      {pending ? <PendingHoursList communityId={communityId} /> : <Calendar communityId={communityId} />}
      {creating && <ActivityFormModal communityId={communityId} onClose={() => setCreating(false)} />}
    </>
  );
}

/** The month's activities, day by day. */
function Calendar({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("volunteering");
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<string>("ALL");
  const from = monthStart(new Date(), offset);
  const to = monthStart(new Date(), offset + 1);
  const pager = useCursorPaging(JSON.stringify([communityId, offset, status]), 40);
  const [{ data, fetching, error }] = useQuery({
    query: VolunteerActivitiesQuery,
    variables: { communityId, from: from.toISOString(), to: to.toISOString(), statuses: isOneOf(ACTIVITY_STATUSES, status) ? [status] : null, ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  const rows = data?.volunteerActivities.edges.map((e) => e.node);
  const time = new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit" });
  const day = new Intl.DateTimeFormat(i18n.language, { month: "long", day: "numeric", weekday: "short" });
  const monthLabel = new Intl.DateTimeFormat(i18n.language, { year: "numeric", month: "long" }).format(from);
  const columns: Column<Row>[] = [
    {
      key: "when",
      header: t("activities.when"),
      width: 170,
      render: (a) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {day.format(new Date(a.startsAt))}
          </Text>
          <Text size="xs" c="dimmed">
            {time.format(new Date(a.startsAt))}–{time.format(new Date(a.endsAt))}
          </Text>
        </Stack>
      ),
    },
    {
      key: "title",
      header: t("activities.titleField"),
      render: (a) => (
        <Stack gap={2}>
          <Anchor component={Link} to={activityPath(a.id)} fw={500}>
            {a.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[a.team?.name, a.place].filter(Boolean).join(" · ")}
          </Text>
        </Stack>
      ),
    },
    {
      key: "status",
      header: t("activities.status"),
      render: (a) => (
        <Group gap={4}>
          <StatusBadge kind="VolunteerActivityStatus" value={a.status} />
          {showsPhase(a.status) && <StatusBadge kind="VolunteerActivityPhase" value={a.phase} />}
        </Group>
      ),
    },
    {
      key: "places",
      header: t("activities.places"),
      render: (a) => (
        <Text size="sm">
          {t("activities.placesValue", { confirmed: a.confirmedCount, capacity: a.capacity })}
          {a.waitlistCount > 0 && ` · ${t("activities.waitlistValue", { count: a.waitlistCount })}`}
        </Text>
      ),
    },
    { key: "rule", header: t("activities.pointsRule"), render: (a) => a.pointsRule?.name ?? <Text c="dimmed">{t("activities.hoursOnly")}</Text> },
    {
      key: "pending",
      header: t("activities.pendingHours"),
      render: (a) => (a.pendingHoursCount > 0 ? <Text c="orange.7" fw={600}>{a.pendingHoursCount}</Text> : <Text c="dimmed">0</Text>),
    },
  ];
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label={t("activities.previousMonth")} onClick={() => setOffset((o) => o - 1)}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text fw={600} miw={110} ta="center" data-testid="activities-month">
            {monthLabel}
          </Text>
          <ActionIcon variant="default" aria-label={t("activities.nextMonth")} onClick={() => setOffset((o) => o + 1)}>
            <IconChevronRight size={16} />
          </ActionIcon>
          {offset !== 0 && (
            <Button size="xs" variant="subtle" onClick={() => setOffset(0)}>
              {t("activities.thisMonth")}
            </Button>
          )}
        </Group>
        <SegmentedControl
          value={status}
          onChange={setStatus}
          data={[{ value: "ALL", label: t("activities.allStatuses") }, ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`enums.VolunteerActivityStatus.${s}`) }))]}
        />
      </Group>
      <DataTable
        data-testid="activities-table"
        aria-label={t("activities.title")}
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.volunteerActivities.pageInfo, totalCount: data?.volunteerActivities.totalCount }}
      />
      {rows && rows.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("activities.days", { count: new Set(rows.map((a) => dayKey(new Date(a.startsAt)))).size })}
        </Text>
      )}
    </>
  );
}
